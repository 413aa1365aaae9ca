import unittest

import calc


class StringsTest(unittest.TestCase):
    def test_shout(self):
        self.assertEqual(calc.shout("hi"), "HI!")


if __name__ == "__main__":
    unittest.main()
