"""A tiny pure-torch stand-in for kornia, enough for the "Lazy vs Eager" notebook's package step
(`import kornia` and `kornia.color.bgr_to_grayscale`). Polytrace's own test data, not kornia."""
from . import color
