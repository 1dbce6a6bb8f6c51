"""Plane geometry for straightening photos: Pillow's perspective data from four corners.

Pure Python (an 8x8 linear system): the reader needs no numpy for it.
"""

from __future__ import annotations

from collections.abc import Sequence

Point = tuple[float, float]


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting; raises ValueError when singular."""
    size = len(vector)
    rows = [[*row, value] for row, value in zip(matrix, vector, strict=True)]
    for col in range(size):
        pivot = max(range(col, size), key=lambda r: abs(rows[r][col]))
        if abs(rows[pivot][col]) < 1e-12:
            raise ValueError("the corners are degenerate")
        rows[col], rows[pivot] = rows[pivot], rows[col]
        for r in range(size):
            if r != col:
                factor = rows[r][col] / rows[col][col]
                rows[r] = [a - factor * b for a, b in zip(rows[r], rows[col], strict=True)]
    return [rows[i][size] / rows[i][i] for i in range(size)]


def perspective_coefficients(output: Sequence[Point], source: Sequence[Point]) -> list[float]:
    """Data for `Image.transform(size, PERSPECTIVE, data)` that sends each of the four
    `output` points to the matching `source` point of the input image."""
    matrix: list[list[float]] = []
    vector: list[float] = []
    for (x, y), (u, v) in zip(output, source, strict=True):
        matrix.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        matrix.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        vector.extend((u, v))
    return _solve(matrix, vector)
