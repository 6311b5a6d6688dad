#!/usr/bin/env python3
"""Oracle for tests/calc/hostile.test.ts: Python's `decimal` (libmpdec) on hostile calls.

Reads a JSON list of `{formula, args}` on stdin and writes, for each, what the library must
answer: `{"refused": true}` for an input beyond the number gate (more than 1,000 significant
digits, or an exponent beyond ±10,000), `{"domain": reason}` for an input outside the
formula's domain or a result beyond the bounds (its 34-digit rounding has an exponent beyond
±10,000, or underflows), else `{"value": v, "exact": b}`: the result rounded once to 34
digits, half-even, where `exact` says the library must match it exactly (one rounding of an
exact quotient, difference or product) rather than within one unit of the 34th digit.

Exact formulas are computed exactly and rounded once. The others are computed at 140
significant digits, with logarithms of exact arguments (libmpdec's `ln` is correctly rounded,
so ln(1 + g) keeps the digits of a tiny g) and eˣ − 1 by its series for a tiny x, so that no
cancellation eats the digits; the error left is far below one unit of the 34th digit.
"""
import json
import sys
from decimal import Decimal, Context, ROUND_HALF_EVEN, MAX_PREC, MAX_EMAX, MIN_EMIN, localcontext

MAX_EXPONENT = 10_000
MAX_DIGITS = 1_000
MAX_YEARS = 10_000
X = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN)  # exact sums and products
P34 = Context(prec=34, rounding=ROUND_HALF_EVEN, Emax=MAX_EMAX, Emin=MIN_EMIN)
PREC = 140
W = Context(prec=PREC, rounding=ROUND_HALF_EVEN, Emax=MAX_EMAX, Emin=MIN_EMIN)


class Refused(Exception):
    pass


class Domain(Exception):
    pass


def dec(s):
    x = Decimal(s)
    if x.is_zero():
        return Decimal(0)
    if len(x.as_tuple().digits) > MAX_DIGITS and len(x.normalize(X).as_tuple().digits) > MAX_DIGITS:
        raise Refused()
    if abs(x.adjusted()) > MAX_EXPONENT:
        raise Refused()
    return x


def years(n):
    if not isinstance(n, (int, float)):
        raise Refused()
    return n


def ln1p(g, ctx):
    """ln(1 + g) for g > −1, to the precision of ctx (of an exact 1 + g, or by its series)."""
    if g.adjusted() < -40:
        # g − g²/2 + g³/3 − g⁴/4: the next term is below g·10⁻¹⁶⁰.
        with localcontext(ctx):
            return g - g * g / 2 + g * g * g / 3 - g * g * g * g / 4
    return ctx.ln(X.add(1, g))


def expm1(w, ctx):
    """e^w − 1 with the relative precision of ctx, also for a tiny w."""
    if w.is_zero():
        return Decimal(0)
    if w.adjusted() < -40:
        # w + w²/2 + w³/6 + w⁴/24: the next term is below w·10⁻¹⁶⁰.
        with localcontext(ctx):
            return w + w * w / 2 + w * w * w / 6 + w * w * w * w / 24
    c = Context(prec=ctx.prec + max(0, -w.adjusted()) + 5, Emax=MAX_EMAX, Emin=MIN_EMIN)
    return ctx.plus(c.subtract(c.exp(w), 1))


def ln_ratio(t, f):
    """ln(t / f) for t, f > 0, to PREC digits, also for t / f next to 1."""
    g = W.divide(X.subtract(t, f), f)
    if abs(g) < Decimal('0.5'):
        return ln1p(g, W)
    c = Context(prec=PREC + 10, Emax=MAX_EMAX, Emin=MIN_EMIN)
    return W.plus(c.subtract(c.ln(t), c.ln(f)))


def power_factor(r, n):
    """(1 + r)^n for r > −1 and 0 ≤ n ≤ MAX_YEARS: exact when small, else at PREC digits."""
    base = X.add(1, r)
    if isinstance(n, int) and len(base.as_tuple().digits) * n <= 20_000 and abs(base.adjusted()) * n <= 100_000:
        return X.power(base, n)
    w = W.multiply(ln1p(r, Context(prec=PREC + 10, Emax=MAX_EMAX, Emin=MIN_EMIN)), Decimal(repr(n)) if isinstance(n, float) else n)
    if abs(w) > 100_000:
        return Decimal('Infinity') if w > 0 else Decimal(0)
    c = Context(prec=PREC + 8, Emax=MAX_EMAX, Emin=MIN_EMIN)
    return c.exp(w)


def annual_rate(f, t, n):
    if not f > 0:
        raise Domain('not positive')
    if t < 0:
        raise Domain('negative')
    if not (n > 0) or n > MAX_YEARS:
        raise Domain('years')
    if t.is_zero():
        return Decimal(-1)
    if t == f:
        return Decimal(0)
    w = W.divide(ln_ratio(t, f), Decimal(repr(n)) if isinstance(n, float) else n)
    if w > 50_000:
        raise Domain('range')
    if w < -100:
        return Decimal(-1)
    return expm1(w, W)


def along(v, r, n, apply):
    if r <= -1:
        raise Domain('rate')
    if n < 0 or n > MAX_YEARS:
        raise Domain('years')
    if v.is_zero():
        return Decimal(0)
    power = power_factor(r, n)
    if power.is_infinite() or power.is_zero():
        raise Domain('range')
    return apply(v, power)


def read_rates(rates):
    """The rates read in order, as the library does: each through the gate, then checked ≥ −1."""
    out = []
    for text in rates:
        r = dec(text)
        if r < -1:
            raise Domain('rate')
        out.append(r)
    return out


def chain(rates):
    p = Decimal(1)
    for r in rates:
        p = X.multiply(p, X.add(1, r))
    return p


def average(rates):
    if len(rates) == 0:
        raise Domain('empty')
    p = chain(rates)
    if p.is_zero():
        return Decimal(-1)
    s = X.subtract(p, 1)
    if s.is_zero():
        return Decimal(0)
    c = Context(prec=PREC + 10, Emax=MAX_EMAX, Emin=MIN_EMIN)
    lnp = ln1p(s, c) if abs(s) < Decimal('0.5') else c.ln(p)
    return expm1(W.divide(lnp, len(rates)), W)


def years_to_reach(c, t, r):
    if not c > 0 or not t > 0:
        raise Domain('not positive')
    if r <= -1:
        raise Domain('rate')
    if t == c:
        return Decimal(0)
    if r.is_zero() or (r < 0) != (t < c):
        raise Domain('never')  # a rate of 0, or one moving away from the target
    return W.divide(ln_ratio(t, c), ln1p(r, Context(prec=PREC + 10, Emax=MAX_EMAX, Emin=MIN_EMIN)))


def exact_quotient(n, d):
    if d.is_zero():
        raise Domain('zero')
    return P34.divide(n, d)


def growth_rate(f, t):
    if not f > 0:
        raise Domain('not positive')
    return exact_quotient(X.subtract(t, f), f)


def relative(a, b):
    if b <= -1:
        raise Domain('rate')
    return exact_quotient(X.subtract(a, b), X.add(1, b))


def deflate(n, p, b):
    if not p > 0 or not b > 0:
        raise Domain('not positive')
    return exact_quotient(X.multiply(n, b), p)


def task_progress(b, c, t):
    span = X.subtract(t, b)
    if span.is_zero():
        raise Domain('same')
    return exact_quotient(X.subtract(c, b), span)


FORMULAS = {
    'growthRate': (True, lambda a, b: growth_rate(dec(a), dec(b))),
    'share': (True, lambda a, b: exact_quotient(dec(a), dec(b))),
    'intensity': (True, lambda a, b: exact_quotient(dec(a), dec(b))),
    'percentagePointChange': (True, lambda a, b: X.subtract(dec(b), dec(a))),
    'intensityChange': (True, lambda a, b: relative(dec(a), dec(b))),
    'realGrowth': (True, lambda a, b: relative(dec(a), dec(b))),
    'deflate': (True, lambda n, p, b: deflate(dec(n), dec(p), dec(b))),
    'taskProgress': (True, lambda b, c, t: task_progress(dec(b), dec(c), dec(t))),
    'cagr': (False, lambda f, t, n: annual_rate(dec(f), dec(t), years(n))),
    'requiredGrowth': (False, lambda f, t, n: annual_rate(dec(f), dec(t), years(n))),
    'compound': (False, lambda b, r, n: along(dec(b), dec(r), years(n), lambda v, p: X.multiply(v, p))),
    'impliedBase': (False, lambda t, r, n: along(dec(t), dec(r), years(n), lambda v, p: W.divide(v, p))),
    'yearsToReach': (False, lambda c, t, r: years_to_reach(dec(c), dec(t), dec(r))),
    'chainGrowth': (True, lambda rates: X.subtract(chain(read_rates(rates)), 1)),
    'averageGrowth': (False, lambda rates: average(read_rates(rates))),
}


def judge(formula, args):
    exact, fn = FORMULAS[formula]
    try:
        v = fn(*args)
    except Refused:
        return {'refused': True}
    except Domain as d:
        return {'domain': str(d)}
    r = P34.plus(v)
    if not r.is_zero() and abs(r.adjusted()) > MAX_EXPONENT:
        return {'domain': 'range'}
    # The library rounds a value at the edge of a unit as we do only when it is exact.
    return {'value': '0' if r.is_zero() else str(r), 'exact': exact}


def main():
    cases = json.load(sys.stdin)
    json.dump([judge(c['formula'], c['args']) for c in cases], sys.stdout)


main()
