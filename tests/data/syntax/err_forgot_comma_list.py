x = [a, b c]
