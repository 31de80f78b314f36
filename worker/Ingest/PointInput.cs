using Daisee.Billing.Worker.Domain;
using NodaTime;

namespace Daisee.Billing.Worker.Ingest;

/// <summary>
/// One parsed point before its value is checked: where it is (file, line, the names of its
/// stamp and value fields in that format), which meter, which UTC step, and its raw value.
/// </summary>
public sealed record PointInput(string Source, int Line, Prm Prm, Direction Direction, Step Step, string ValueText, PointUnit Unit)
{
    public string StampField { get; init; } = "Horodate";

    public string ValueField { get; init; } = "Valeur";

    public string StampText { get; init; } = string.Empty;

    public ReadingQuality Quality { get; init; } = ReadingQuality.Measured;
}
