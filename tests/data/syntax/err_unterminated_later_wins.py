x = a b
y = "oops
