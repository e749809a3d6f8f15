# -*- coding: latin-1 -*-
name = "café"
x = "éè" + name  # commentaire à
