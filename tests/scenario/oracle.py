"""Independent oracle for tests/scenario: Python's decimal (libmpdec).

Exact values are computed exactly (a wide context); irrational ones at 80 digits and
rounded once to 34 (ROUND_HALF_EVEN), the library's context. A value built from 34-digit
intermediates is built the same way here. Run:
    python3 tests/scenario/oracle.py
and compare with the literals pasted into the tests.
"""
from decimal import Decimal as D, Context, ROUND_HALF_EVEN, ROUND_CEILING, localcontext, setcontext

C34 = Context(prec=34, rounding=ROUND_HALF_EVEN)
HI = Context(prec=80, rounding=ROUND_HALF_EVEN)
WIDE = Context(prec=2000)
setcontext(Context(prec=2000))  # bare operations are exact (no test value has 2000 digits)


def r34(x):
    return C34.plus(x)


def exact_mul(*xs):
    with localcontext(WIDE):
        p = D(1)
        for x in xs:
            p *= D(x)
        return p


def div34(a, b):
    return C34.divide(D(a), D(b))


def cagr(frm, to, n):
    with localcontext(HI):
        return r34((D(to) / D(frm)) ** (D(1) / D(n)) - 1)


def show(name, expr, value):
    print(f"{name}: {expr}\n    = {value}")


# ---- project: 120 bn at 8 % a year (exact) ----
for k in range(1, 6):
    show(f"iva {2015 + k}", f"120 * 1.08**{k}", exact_mul(120, *(["1.08"] * k)))

# ---- toy shares: sei 24 at 12 %, iva 120 at 8 %: share = sei / iva * 100 (one rounding, then exact * 100) ----
for k in range(0, 6):
    sei = exact_mul(24, *(["1.12"] * k))
    iva = exact_mul(120, *(["1.08"] * k))
    show(f"sei-share {2015 + k}", f"div34({sei}, {iva}) * 100", div34(sei, iva) * 100)

# ---- intensity: energy 1800 (10k tce) at 2 %, iva 120 bn at 8 %: tce / 10k yuan ----
for k in (0, 5):
    e = exact_mul(18000000, *(["1.02"] * k))
    v = exact_mul(12000000, *(["1.08"] * k))
    show(f"intensity {2015 + k}", f"div34({e}, {v})", div34(e, v))

# ---- 120 -> 240 in 5 years ----
g = cagr(120, 240, 5)
show("requiredGrowth(120, 240, 5)", "(Decimal(2) ** (Decimal(1) / 5) - 1) at prec 80, rounded to 34", g)
with localcontext(HI):
    show("  digits beyond", "Decimal(2) ** (Decimal(1) / 5) - 1 at prec 80", D(2) ** (D(1) / D(5)) - 1)
show("compound(120, g, 5) exact", "120 * (1 + g)**5 (exact)", exact_mul(120, *([1 + g] * 5)))
gm = g - D("1e-34")
show("compound(120, g - 1e-34, 5) exact", "120 * (1 + g - 1e-34)**5", exact_mul(120, *([1 + gm] * 5)))

# ---- the implied base and the price rise ----
ib = div34(240, exact_mul(*(["1.08"] * 5)))
show("impliedBase(240, 0.08, 5)", "div34(240, 1.08**5)", ib)
show("price rise", "div34(g - 0.08, 1.08)", div34(g - D("0.08"), D("1.08")))
show("price index", "div34(240, 176.319369216) * 100", div34(240, D("176.319369216")) * 100)
show("baseline share of implied base", "div34(120, impliedBase)", div34(120, ib))
show("SEI part at 8 %", "25 * 176.319369216 / 100", D(25) * D("176.319369216") / 100)
show("energy cap at 8 % (tce)", "1.3 * 17631936.9216", exact_mul("1.3", "17631936.9216"))

# ---- plan path: growth just above 8 %, base rounded up ----
gp = D("0.08000000000000000000000000000000001")
f = exact_mul(*([1 + gp] * 5))
with localcontext(Context(prec=34, rounding=ROUND_CEILING)):
    base_up = D(240) / f
show("plan path base", "ceil34(240 / (1 + gp)**5)", base_up)
show("  its 2020 level >= 240", "base * (1 + gp)**5 - 240", exact_mul(base_up, f) - 240)

# ---- reported trend: 120 grown by 10, 11.8, 11, 11.8, 11 % ----
rt = exact_mul(120, "1.1", "1.118", "1.11", "1.118", "1.11")
show("reported trend 2020", "120 * 1.1 * 1.118 * 1.11 * 1.118 * 1.11", rt)
show("  its annual average", "cagr(120, rt, 5)", cagr(120, rt, 5))
show("  in percent", "cagr * 100", cagr(120, rt, 5) * 100)

# ---- as of 2018: 120 at 8 % for three years ----
show("average 2015-2018 of a 10 %, 11.8 %, 11 % path", "cagr(120, 120*1.1*1.118*1.11, 3)", cagr(120, exact_mul(120, "1.1", "1.118", "1.11"), 3))

# ---- deflator: 120 at 10 % a year, index 100, 105, 110.25 ----
show("deflated 2016", "div34(132 * 100, 105)", div34(D(132) * 100, 105))
show("deflated 2017", "div34(145.2 * 100, 110.25)", div34(D("145.2") * 100, D("110.25")))

# ---- annual growth rates chained (observations): 10, 11.8, 11, 11.8, 11 ----
chain = exact_mul("1.1", "1.118", "1.11", "1.118", "1.11")
show("chained average", "cagr(1, chain, 5) * 100", cagr(1, chain, 5) * 100)

# ---- break-even on shares / intensity (closed forms to compare with bisection) ----
# toy: intensity(2020) = 18000000 * 1.02**5 / (12000000 * (1 + g)**5) <= 1.3  =>  g >= (1.5 * 1.02**5 / 1.3)**(1/5) - 1
with localcontext(HI):
    gi = (D("1.5") * D("1.02") ** 5 / D("1.3")) ** (D(1) / 5) - 1
show("toy intensity break-even (iva growth)", "(1.5 * 1.02**5 / 1.3)**(1/5) - 1 at prec 80", gi)
# toy: sei share 2020 = 24 (1+g)^5 / 176.319369216 * 100 in [24, 26]
with localcontext(HI):
    lo = (D(24) / 100 * D("176.319369216") / 24) ** (D(1) / 5) - 1
    hi = (D(26) / 100 * D("176.319369216") / 24) ** (D(1) / 5) - 1
show("toy sei share band (sei growth), low", "(0.24 * 176.319369216 / 24)**(1/5) - 1", lo)
show("toy sei share band (sei growth), high", "(0.26 * 176.319369216 / 24)**(1/5) - 1", hi)

# ---- deflated levels are kept to 50 digits ----
C50 = Context(prec=50, rounding=ROUND_HALF_EVEN)
d16 = C50.divide(D(132) * 100, D(105))
d17 = C50.divide(D("145.2") * 100, D("110.25"))
show("deflated 2016 (50 digits)", "Context(prec=50).divide(13200, 105)", d16)
show("deflated 2017 (50 digits)", "Context(prec=50).divide(14520, 110.25)", d17)
show("real growth 2016", "divide34(d16 - 120, 120) * 100", C34.divide(d16 - 120, D(120)) * 100)

# ---- break-even: bases and maxima ----
with localcontext(Context(prec=34, rounding=ROUND_CEILING)):
    show("ceil34(240 / 1.08**5)", "240 / 1.4693280768 rounded up", D(240) / D("1.4693280768"))
with localcontext(HI):
    ge = (D("1.3") * D("17631936.9216") / D(18000000)) ** (D(1) / 5) - 1
show("toy intensity break-even (energy growth, a maximum)", "(1.3 * 17631936.9216 / 18000000)**(1/5) - 1 at prec 80", ge)

# ---- consistency: parts ----
show("SEI growth to 60 from 24", "cagr(24, 60, 5)", cagr(24, 60, 5))
show("SEI growth to 44.079842304 from 24", "cagr(24, 44.079842304, 5)", cagr(24, D("44.079842304"), 5))
show("intensity change 1.5 -> 1.3", "cagr(1.5, 1.3, 5)", cagr(D("1.5"), D("1.3"), 5))
show("share at level targets 50 of 240", "divide34(50, 240) * 100", C34.divide(D(50), D(240)) * 100)
show("price rise in percent", "divide34(g - 0.08, 1.08) * 100", C34.divide(g - D("0.08"), D("1.08")) * 100)
from decimal import ROUND_FLOOR
with localcontext(Context(prec=34, rounding=ROUND_FLOOR)):
    show("floor34(300 / 1.08**5)", "300 / 1.4693280768 rounded down", D(300) / D("1.4693280768"))

# ---- issue 11: the reported trend on the corrected figures, breaks, bounds ----
rt11 = exact_mul(120, "1.098", "1.098", "1.11", "1.118", "1.11")
show("reported trend 2020 (9.8 % in 2016 and 2017)", "120 * 1.098 * 1.098 * 1.11 * 1.118 * 1.11", rt11)
show("  its annual average, in percent", "cagr(120, rt11, 5) * 100", cagr(120, rt11, 5) * 100)
show("plan path, 'above' read as atLeast: base * 1.08**5 - 240", "exact", exact_mul(D("163.3399672881007591728066813730133"), "1.4693280768") - 240)
gdp_factor = exact_mul("1.08", "1.055", "1.068", "1.06", "1.03")
show("GDP growth factor 2015-2020 (2016 flat)", "1.08 * 1.055 * 1.068 * 1.06 * 1.03", gdp_factor)
for base in ("370", "363.63"):
    chained = exact_mul(base, gdp_factor)
    show(f"GDP {base} in 2014 chained to 2020", f"{base} * factor", chained)
    show("  revision factor", "div34(278.74, chained)", div34("278.74", chained))
show("GDP implied 2014 level on the new basis", "div34(278.74, factor)", div34("278.74", gdp_factor))
show("revenue 271.2 (2016) chained by +6.1 %", "271.2 * 1.061", exact_mul("271.2", "1.061"))
show("  revision factor", "div34(137.6, 287.7432)", div34("137.6", "287.7432"))
show("  implied clean 2016 base", "div34(137.6, 1.061)", div34("137.6", "1.061"))
show("bound: secondary sector 2020 over the 240 bn target", "div34(115.3, 240)", div34("115.3", 240))
show("  the cut that would turn it", "div34(240 - 115.3, 240)", div34(D(240) - D("115.3"), 240))
show("projection above its whole", "rt11 - 115.3", rt11 - D("115.3"))
show("  ratio", "div34(rt11, 115.3)", div34(rt11, "115.3"))
