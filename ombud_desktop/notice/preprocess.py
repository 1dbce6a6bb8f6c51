"""Make a phone photo or scan of a notice look like a flat, upright, evenly lit page.

Steps (Pillow only): EXIF orientation, grey, size to about 200 dpi, page corners found on
a small copy and the page warped flat (perspective and rotation), shadows divided out,
then any remaining skew measured from text-row sharpness and turned back.
"""

from __future__ import annotations

from PIL import Image, ImageFilter, ImageMath, ImageOps

from ombud_desktop.notice.geometry import perspective_coefficients

PAGE_WIDTH = 1700  # px for 8.5 in: 200 dpi, enough for the notice's 7-point labels
_SMALL = 256
_PAGE_ASPECT = 0.74  # width / height between US letter (0.77) and A4 (0.71)


def upright(image: Image.Image) -> Image.Image:
    """EXIF orientation applied, grey."""
    return ImageOps.exif_transpose(image).convert("L")


def _page_corners(gray: Image.Image) -> list[tuple[float, float]] | None:
    """Corners (tl, tr, br, bl) of the bright paper on a darker table, or None when the
    paper fills the frame (a scan) or none stands out. A shadow over part of the page can
    put Otsu's threshold between lit and shaded paper: lower thresholds are tried until
    the bright region has a page's shape: the one closest to letter or A4 is kept."""
    small = gray.copy()
    small.thumbnail((_SMALL, _SMALL))
    otsu = _otsu(small.histogram())
    best: tuple[float, list[tuple[float, float]]] | None = None
    for factor in (1.0, 0.85, 0.7, 0.55):
        corners = _bright_quad(small, otsu * factor)
        if corners is None:
            continue
        tl, tr, br, bl = corners
        width = (_distance(tl, tr) + _distance(bl, br)) / 2
        height = (_distance(tl, bl) + _distance(tr, br)) / 2
        misfit = abs(width / height - _PAGE_ASPECT) if height else 1.0
        if misfit < 0.15 and (best is None or misfit < best[0]):
            best = (misfit, corners)
    if best is None:
        return None
    scale = gray.width / small.width
    return [((x + 0.5) * scale, (y + 0.5) * scale) for x, y in best[1]]


def _bright_quad(small: Image.Image, threshold: float) -> list[tuple[float, float]] | None:
    mask = small.point(lambda v: 255 if v > threshold else 0).filter(ImageFilter.MinFilter(3))
    width, height = mask.size
    data = mask.tobytes()
    points = [(i % width, i // width) for i, v in enumerate(data) if v]
    if not 0.2 * width * height <= len(points) <= 0.97 * width * height:
        return None
    tl = min(points, key=lambda p: p[0] + p[1])
    br = max(points, key=lambda p: p[0] + p[1])
    tr = max(points, key=lambda p: p[0] - p[1])
    bl = min(points, key=lambda p: p[0] - p[1])
    return [(float(x), float(y)) for x, y in (tl, tr, br, bl)]


def _otsu(histogram: list[int]) -> int:
    total = sum(histogram)
    weighted = sum(i * n for i, n in enumerate(histogram))
    best, best_t, below, below_sum = 0.0, 128, 0, 0.0
    for t, count in enumerate(histogram):
        below += count
        below_sum += t * count
        above = total - below
        if below == 0 or above == 0:
            continue
        mean_b, mean_a = below_sum / below, (weighted - below_sum) / above
        between = below * above * (mean_b - mean_a) ** 2
        if between > best:
            best, best_t = between, t
    return best_t


def _distance(a: tuple[float, float], b: tuple[float, float]) -> float:
    return float(((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5)


def flatten_page(gray: Image.Image) -> Image.Image:
    """The page cut out of the photo and warped to a rectangle (unchanged for scans)."""
    corners = _page_corners(gray)
    if corners is None:
        return gray
    tl, tr, br, bl = corners
    width = (_distance(tl, tr) + _distance(bl, br)) / 2
    height = (_distance(tl, bl) + _distance(tr, br)) / 2
    if width < 100 or height < 100:
        return gray
    size = (round(width), round(height))
    target = [(0.0, 0.0), (size[0], 0.0), (size[0], size[1]), (0.0, size[1])]
    try:
        data = perspective_coefficients(target, corners)
    except ValueError:
        return gray
    return gray.transform(
        size, Image.Transform.PERSPECTIVE, data, Image.Resampling.BICUBIC, fillcolor=255
    )


def even_light(gray: Image.Image) -> Image.Image:
    """Shadows divided out: each pixel over the local paper brightness."""
    small = gray.resize((max(1, gray.width // 16), max(1, gray.height // 16)))
    paper = small.filter(ImageFilter.MaxFilter(5)).filter(ImageFilter.GaussianBlur(2))
    paper = paper.resize(gray.size, Image.Resampling.BILINEAR)
    flat = ImageMath.lambda_eval(
        lambda e: e["convert"](e["min"](e["a"] * 255 / (e["b"] + 1), 255), "L"), a=gray, b=paper
    )
    return ImageOps.autocontrast(flat, cutoff=(1, 0))


def _sharpness(gray: Image.Image) -> float:
    """How crisp the row profile is: text rows aligned with pixel rows give high values."""
    rows = gray.resize((1, gray.height), Image.Resampling.BOX).tobytes()
    mean = sum(rows) / len(rows)
    return sum((v - mean) ** 2 for v in rows)


def deskew(gray: Image.Image) -> Image.Image:
    """Turned back by the small angle (up to 6°) at which text rows are sharpest."""
    small = ImageOps.invert(gray.copy())
    small.thumbnail((600, 600))
    best_angle, best = 0.0, _sharpness(small)
    for step in range(-24, 25):
        angle = step / 4
        if angle == 0:
            continue
        score = _sharpness(small.rotate(angle, resample=Image.Resampling.BILINEAR))
        if score > best * 1.0001:
            best_angle, best = angle, score
    if best_angle == 0:
        return gray
    return gray.rotate(best_angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)


def without_rules(gray: Image.Image) -> Image.Image:
    """The table rules of the notice's boxes painted white: Tesseract's layout analysis
    sometimes takes a ruled cell for a picture and skips the text in it. A rule is a run
    of ink at least 50 px long in one row (or column); letters are never that solid."""
    width, height = gray.size
    ink = gray.point(lambda v: 255 if v < 150 else 0)
    rules = Image.new("L", gray.size, 0)
    run = 50
    for size in ((max(1, width // run), height), (width, max(1, height // run))):
        solid = ink.resize(size, Image.Resampling.BOX).point(lambda v: 255 if v > 235 else 0)
        found = solid.resize(gray.size, Image.Resampling.NEAREST)
        rules = Image.composite(found, rules, found)
    rules = rules.filter(ImageFilter.MaxFilter(5))
    return Image.composite(Image.new("L", gray.size, 255), gray, rules)


def to_page_width(gray: Image.Image) -> Image.Image:
    if abs(gray.width - PAGE_WIDTH) < 50:
        return gray
    height = round(gray.height * PAGE_WIDTH / gray.width)
    return gray.resize((PAGE_WIDTH, height), Image.Resampling.LANCZOS)


def prepare(image: Image.Image) -> Image.Image:
    """The whole pipeline: any photo or scan -> a straight, flat, 1700 px wide grey page."""
    gray = upright(image)
    gray = flatten_page(gray)
    gray = to_page_width(gray)
    gray = even_light(gray)
    return deskew(gray)
