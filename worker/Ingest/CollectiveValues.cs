using System.Globalization;
using Daisee.Billing.Worker.Domain;
using NodaTime;
using NodaTime.Text;

namespace Daisee.Billing.Worker.Ingest;

/// <summary>Parsing of the scalar values found in <c>collective.json</c> (dates, ranges, zones, price classes).</summary>
public static class CollectiveValues
{
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;
    private static readonly LocalTimePattern TimePattern = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    public static readonly IReadOnlyList<string[]> ClassSets =
    [
        ["base"],
        ["HC", "HP"],
        ["HCB", "HCH", "HPB", "HPH"],
    ];

    public static bool IsKnownZone(string? zone) => zone is not null && DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone) is not null;

    public static bool IsDateOrNull(string? text) => text is null || DatePattern.Parse(text).Success;

    public static LocalDate? ParseDate(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var result = DatePattern.Parse(text);
        return result.Success ? result.Value : null;
    }

    public static TimeRange? ParseRange(string? text)
    {
        var parts = text?.Split('-');
        if (parts is not { Length: 2 })
        {
            return null;
        }

        var from = TimePattern.Parse(parts[0].Trim());
        var to = TimePattern.Parse(parts[1].Trim());
        return from.Success && to.Success ? new TimeRange(from.Value, to.Value) : null;
    }

    public static bool IsKnownClassSet(IEnumerable<string> classes)
    {
        var sorted = classes.Order(StringComparer.Ordinal).ToArray();
        return ClassSets.Any(set => set.SequenceEqual(sorted, StringComparer.Ordinal));
    }

    public static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
