import os
import os.path
import numpy as np, torch.nn as nn
from . import sibling
from .. import parent
from ...package.module import name as alias, other
from .mod import (a, b as c,
                  d,)
from __future__ import annotations
from os import *
from .... import deep
from . mod import spaced
import a . b . c
