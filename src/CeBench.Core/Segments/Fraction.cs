using System.Globalization;
using System.Numerics;

namespace CeBench.Core.Segments;

/// <summary>An exact rational in [0, 1] for segment boundaries: 1/3 must stay 1/3, not 0.333.</summary>
public readonly record struct Fraction : IComparable<Fraction>
{
    public Fraction(long numerator, long denominator)
    {
        if (denominator <= 0 || numerator < 0 || numerator > denominator)
        {
            throw new BadInputException($"segment boundary {numerator}/{denominator} must be between 0 and 1");
        }

        var gcd = (long)BigInteger.GreatestCommonDivisor(numerator, denominator);
        Numerator = numerator / gcd;
        Denominator = denominator / gcd;
    }

    public long Numerator { get; }

    public long Denominator { get; }

    public static Fraction Zero => new(0, 1);

    public static Fraction One => new(1, 1);

    /// <summary>Parses <c>0</c>, <c>1</c> or <c>a/b</c>.</summary>
    public static Fraction Parse(string text, string what)
    {
        var parts = text.Trim().Split('/');
        if (parts.Length == 1 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var whole) && whole is 0 or 1)
        {
            return new Fraction(whole, 1);
        }

        if (parts.Length == 2
            && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            && d > 0 && n <= d)
        {
            return new Fraction(n, d);
        }

        throw new BadInputException($"{what} '{text}' is not a fraction between 0 and 1 such as 0, 1/4 or 1");
    }

    public int CompareTo(Fraction other) => ((BigInteger)Numerator * other.Denominator).CompareTo((BigInteger)other.Numerator * Denominator);

    public static bool operator <(Fraction a, Fraction b) => a.CompareTo(b) < 0;

    public static bool operator >(Fraction a, Fraction b) => a.CompareTo(b) > 0;

    public static bool operator <=(Fraction a, Fraction b) => a.CompareTo(b) <= 0;

    public static bool operator >=(Fraction a, Fraction b) => a.CompareTo(b) >= 0;

    public double Value => (double)Numerator / Denominator;

    public override string ToString() =>
        Numerator == 0 ? "0" : Numerator == Denominator ? "1" : string.Create(CultureInfo.InvariantCulture, $"{Numerator}/{Denominator}");
}
