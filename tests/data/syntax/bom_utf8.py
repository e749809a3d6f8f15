café = "naïve €"
π = 3.14
x = café + "😀" + π
