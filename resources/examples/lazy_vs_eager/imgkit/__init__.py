"""imgkit: a small pure-torch image-processing package, the walkthrough's package step."""
from . import color
