using System.Globalization;
using Daisee.Billing.Worker.Domain;
using NodaTime;

namespace Daisee.Billing.Worker.Ingest;

/// <summary>
/// The row checks every format shares once a point is located: aligned step, present,
/// numeric (decimal point or comma), not negative. A failing row is rejected with an issue
/// naming the file, the line and the field; a passing row becomes a <see cref="MeterReading"/>.
/// </summary>
public static class CurvePoint
{
    /// <param name="context">When it has a <see cref="CurveReadContext.Window"/>, an aligned row outside it is passed on unparsed (energy zero): Validation counts it out of scope.</param>
    public static MeterReading? Read(PointInput p, ConformityLog log, CurveReadContext? context = null)
    {
        if (!IsAligned(p.Step))
        {
            return Reject(p, log, IssueCodes.TimestampMisaligned, p.StampField,
                $"{p.StampField} '{TextBound.Quote(p.StampText)}' does not bound a {Minutes(p.Step.Length)}-minute step aligned on the clock.");
        }

        if (context is not null && context.OutsideWindow(p.Step.Start))
        {
            return new MeterReading(p.Prm, p.Step, Energy.Zero, p.Direction, p.Quality, p.Source, p.Line);
        }

        var text = p.ValueText.Trim();
        if (text.Length == 0 || text.Equals("null", StringComparison.OrdinalIgnoreCase))
        {
            return Reject(p, log, IssueCodes.ValueMissing, p.ValueField,
                $"{p.ValueField} is empty (the grid operator has no measure for this step).");
        }

        if (!TryParseDecimal(text, out var value))
        {
            return Reject(p, log, IssueCodes.ValueInvalid, p.ValueField, $"{p.ValueField} '{TextBound.Quote(text)}' is not a number.");
        }

        if (value < 0)
        {
            return Reject(p, log, IssueCodes.ValueNegative, p.ValueField,
                $"{p.ValueField} {TextBound.Quote(text)} {PointUnits.Name(p.Unit)} is negative; a load curve is never negative.");
        }

        if (!PointUnits.TryToEnergy(value, p.Unit, p.Step.Length, out var energy))
        {
            return Reject(p, log, IssueCodes.ValueOutOfRange, p.ValueField,
                $"{p.ValueField} {TextBound.Quote(text)} {PointUnits.Name(p.Unit)} is beyond what one reading can hold (an average power over {Energy.MaxAverageWatts:0} W); the point was not used.");
        }

        return new MeterReading(p.Prm, p.Step, energy, p.Direction, p.Quality, p.Source, p.Line);
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

    public static bool IsAligned(Step step) => step.Start.ToUnixTimeTicks() % step.Length.TotalTicks == 0;

    private static string Minutes(Duration d) => d.TotalMinutes.ToString(CultureInfo.InvariantCulture);
}
