"""Write the chapter's CSV file into a temporary folder and look at it as text.

A CSV file holds only strings: the program decides what each column means, what a
blank cell means and how to turn a word such as "north" into numbers.
"""
import tempfile

from _make_csv import write_csv
from _apartments import read_rows

with tempfile.TemporaryDirectory() as folder:
    path = write_csv(folder)
    lines = path.read_text().splitlines()
    print("first lines of", path.name)
    for line in lines[:4]:
        print("   ", line)
    rows = read_rows(path)

print("row 0 as read:", rows[0])
print("rows:", len(rows))
missing = [(i, col) for i, row in enumerate(rows) for col, v in row.items() if v == ""]
print("blank cells (row, column):", missing)
districts = sorted({row["district"] for row in rows})
counts = {d: sum(row["district"] == d for row in rows) for d in districts}
print("districts:", counts)
assert len(lines) == len(rows) + 1 == 41
assert missing == [(7, "area")]
assert all(isinstance(v, str) for row in rows for v in row.values())
print("check: 40 rows below one header line, one blank cell, every value a string")
