from tests.dashboard.test_views import *
def test_dbg(login, seeded):
    at = login("rita")
    at.switch_page("views/stats.py").run()
    def walk(n, d=0):
        print(" "*d, type(n).__name__, getattr(n, "type", None))
        for ch in getattr(n, "children", {}).values():
            walk(ch, d+1)
    walk(at._tree)
