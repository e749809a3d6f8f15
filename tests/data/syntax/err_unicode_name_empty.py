s = "ab\N{}"
