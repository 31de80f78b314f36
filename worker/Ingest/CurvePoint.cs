using System.Globalization;
using Daisee.Billing.Worker.Domain;
using Daisee.Billing.Worker.Validation;
using NodaTime;

namespace Daisee.Billing.Worker.Ingest;

/// <summary>
/// The row checks every format shares once a point is located: aligned step, present,
/// numeric (decimal point or comma), not negative. A failing row is rejected with an issue
/// naming the file, the line and the field; a passing row becomes a <see cref="MeterReading"/>.
/// </summary>
public static class CurvePoint
{
    /// <summary>The largest point value accepted in any unit (W, kW, Wh, kWh): 1 GW or 1 GWh a step, far beyond any meter; it keeps every energy within a <c>long</c> of mWh.</summary>
    public const decimal MaxValue = 1_000_000_000m;

    public static MeterReading? Read(PointInput p, ConformityLog log)
    {
        if (!IsAligned(p.Step))
        {
            return Reject(p, log, IssueCodes.TimestampMisaligned, p.StampField,
                $"{p.StampField} '{p.StampText}' does not bound a {Minutes(p.Step.Length)}-minute step aligned on the clock.");
        }

        var text = p.ValueText.Trim();
        if (text.Length == 0 || text.Equals("null", StringComparison.OrdinalIgnoreCase))
        {
            return Reject(p, log, IssueCodes.ValueMissing, p.ValueField,
                $"{p.ValueField} is empty (the grid operator has no measure for this step).");
        }

        if (!TryParseDecimal(text, out var value))
        {
            return Reject(p, log, IssueCodes.ValueInvalid, p.ValueField, $"{p.ValueField} '{text}' is not a number.");
        }

        if (value < 0)
        {
            return Reject(p, log, IssueCodes.ValueNegative, p.ValueField,
                $"{p.ValueField} {text} {PointUnits.Name(p.Unit)} is negative; a load curve is never negative.");
        }

        if (value > MaxValue)
        {
            return Reject(p, log, IssueCodes.ValueImpossible, p.ValueField,
                $"{p.ValueField} {text} {PointUnits.Name(p.Unit)} is beyond any meter's range (at most 10^9 per point).");
        }

        return new MeterReading(p.Prm, p.Step, PointUnits.ToEnergy(value, p.Unit, p.Step.Length), p.Direction, p.Quality, p.Source, p.Line);
    }

    /// <summary>Invariant decimal with a point or a comma as decimal separator (never a thousands separator).</summary>
    public static bool TryParseDecimal(string text, out decimal value) =>
        decimal.TryParse(text.Trim().Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

    /// <summary>Rejects the row with a warning that names file, line and field.</summary>
    public static MeterReading? Reject(PointInput p, ConformityLog log, string code, string field, string message)
    {
        log.RowRejected(p.Source, new Issue(Severity.Warning, code, p.Source, p.Line, $"{p.Source} line {p.Line}: {message}")
        {
            Field = field,
            Prm = p.Prm,
            Step = p.Step.Length == Duration.Zero ? null : p.Step,
        });
        return null;
    }

    private static bool IsAligned(Step step) => step.Start.ToUnixTimeTicks() % step.Length.TotalTicks == 0;

    private static string Minutes(Duration d) => d.TotalMinutes.ToString(CultureInfo.InvariantCulture);
}
