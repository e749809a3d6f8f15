x = "aÿb"
