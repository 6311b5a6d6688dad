"""Independent oracle for tests/progress: Python's decimal (libmpdec).

Every irrational value is computed at 80 significant digits and rounded once to 34
(ROUND_HALF_EVEN), the library's context; a value built from 34-digit intermediates is
built the same way here (each intermediate rounded to 34 first). Run:
    python3 tests/progress/oracle.py
and compare with the literals pasted into the tests.
"""
from decimal import Decimal as D, Context, ROUND_HALF_EVEN, localcontext, setcontext

C34 = Context(prec=34, rounding=ROUND_HALF_EVEN)
setcontext(Context(prec=34, rounding=ROUND_HALF_EVEN))  # every bare operation rounds as the library does
HI = Context(prec=80, rounding=ROUND_HALF_EVEN)


def r34(x):
    return C34.plus(x)


def cagr(frm, to, n):
    """(to / from)^(1/n) - 1, correctly rounded to 34 digits."""
    with localcontext(HI):
        return r34((D(to) / D(frm)) ** (D(1) / D(n)) - 1)


def compound(base, rate, n):
    """base * (1 + rate)^n with an exact power and one rounding (integer n)."""
    with localcontext(Context(prec=2000)):
        return r34(D(base) * (1 + D(rate)) ** n)


def div(a, b):
    return C34.divide(D(a), D(b))


def show(name, expr, value):
    print(f"{name}: {expr}\n    = {value}")


# --- Open SDG, Baotou: 120 (2015) -> 145.2 (2017), target 240 (2020)
obs = cagr(120, '145.2', 2)
req = cagr(120, 240, 5)
show('opensdg baotou observed', "cagr(120, 145.2, 2)", obs)
show('opensdg baotou required', "cagr(120, 240, 5)", req)
show('opensdg baotou R', "obs / |req|", div(obs, abs(req)))

# --- Open SDG decrease (hypothetical intensity): 1.6 (2015) -> 1.52 (2016), target 1.3 (2020)
obs = cagr('1.6', '1.52', 1)
req = cagr('1.6', '1.3', 5)
show('opensdg decrease observed', "cagr(1.6, 1.52, 1)", obs)
show('opensdg decrease required', "cagr(1.6, 1.3, 5)", req)
show('opensdg decrease R', "-obs / |req|", div(-obs, abs(req)))

# --- Open SDG target 0 -> 0.001, decrease: base 1 (2015), current 0.5 (2017), target 2020
obs = cagr(1, '0.5', 2)
req = cagr(1, '0.001', 5)
show('opensdg target0 observed', "cagr(1, 0.5, 2)", obs)
show('opensdg target0 required', "cagr(1, 0.001, 5)", req)
show('opensdg target0 R', "-obs / |req|", div(-obs, abs(req)))

# --- Open SDG wrong side: increase, base 120, target 100, current 90 after 2 years (2020 target)
obs = cagr(120, 90, 2)
req = cagr(120, 100, 5)
show('opensdg wrongside observed', "cagr(120, 90, 2)", obs)
show('opensdg wrongside required', "cagr(120, 100, 5)", req)
show('opensdg wrongside R (new form)', "obs / |req|", div(obs, abs(req)))
show('opensdg wrongside R (plain ratio)', "obs / req", div(obs, req))

# --- UNSD with a root: 120 (2015) -> 150 (2018), target 240 (2020)
c = cagr(120, 150, 3)
p = compound(150, c, 2)
show('unsd root cagr', "cagr(120, 150, 3)", c)
show('unsd root projected', "150 * (1 + c)^2", p)
show('unsd root score', "(p - 120) / (240 - 120)", div(p - 120, 120))

# --- UNSD growth-rate series (hypothetical rates 10, 8, 6 for 2016-2018), target 8
with localcontext(Context(prec=200)):
    prod = (1 + D(10) / 100) * (1 + D(8) / 100) * (1 + D(6) / 100)
avg = r34(cagr(1, prod, 3) * 100)
show('unsd rates product', "1.10 * 1.08 * 1.06", prod)
show('unsd rates average %', "cagr(1, prod, 3) * 100", avg)
show('unsd rates score', "avg / 8", div(avg, 8))

# --- rate target: 120 (2015) -> 176.3 (2020), above 8 % a year
a = cagr(120, '176.3', 5)
show('rate level average', "cagr(120, 176.3, 5)", a)
show('rate level percent', "a * 100", r34(a * 100))
show('rate level attainment', "(a*100) / 8", div(r34(a * 100), 8))
show('rate level difference', "(a*100) - 8", r34(r34(a * 100) - 8))

# --- rate target from growth rates (hypothetical 10, 9, 8, 7, 6 for 2016-2020)
with localcontext(Context(prec=200)):
    prod = D(1)
    for g in (10, 9, 8, 7, 6):
        prod *= 1 + D(g) / 100
a = cagr(1, prod, 5)
show('rate growth product', "1.10*1.09*1.08*1.07*1.06", prod)
show('rate growth average', "cagr(1, prod, 5)", a)
show('rate growth percent', "a * 100", r34(a * 100))
# through 2018: 10, 9, 8
with localcontext(Context(prec=200)):
    prod3 = (1 + D(10) / 100) * (1 + D(9) / 100) * (1 + D(8) / 100)
a3 = cagr(1, prod3, 3)
show('rate growth through 2018', "cagr(1, 1.10*1.09*1.08, 3)", a3)

# --- evaluateTarget: attainment 176 / 240, 1.3 / 1.25
show('attainment 176/240', "176 / 240", div(176, 240))
show('attainment 1.3/1.25', "1.3 / 1.25", div('1.3', '1.25'))
# approximately: 24.5 vs 25 relative 0.05: allowed 1.25, attainment 1 - 0.5/25
show('approx attainment', "(25 - 0.5) / 25", div('24.5', 25))
