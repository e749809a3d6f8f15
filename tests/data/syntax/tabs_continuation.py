x = 1 + \
    2
if x:
	y = 3
	if y:
		z = [1,
  2]
w = 4  # form feed before


# trailing comment