# -*- coding: utf-8 -*-
x = "é" + \
  2 \x
