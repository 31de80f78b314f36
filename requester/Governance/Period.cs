using System.Globalization;
using System.Text.RegularExpressions;

namespace Daisee.Billing.Requester.Governance;

/// <summary>A billed month: <c>YYYY-MM</c> on the command line and in manifests, <c>YYYYMM</c> on chain.</summary>
public static partial class Period
{
    /// <summary>Reads <c>YYYY-MM</c> (months 01–12) as the contract's <c>uint32</c> YYYYMM.</summary>
    public static bool TryParse(string? month, out uint period)
    {
        period = 0;
        if (month is null || !MonthPattern().IsMatch(month))
        {
            return false;
        }

        period = uint.Parse(month.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture) * 100
            + uint.Parse(month.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>YYYYMM as <c>YYYY-MM</c>.</summary>
    public static string Format(uint period) =>
        string.Create(CultureInfo.InvariantCulture, $"{period / 100:D4}-{period % 100:D2}");

    [GeneratedRegex(@"^[0-9]{4}-(0[1-9]|1[0-2])$")]
    private static partial Regex MonthPattern();
}
