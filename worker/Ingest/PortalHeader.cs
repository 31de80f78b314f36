using System.Globalization;
using Daisee.Billing.Worker.Domain;
using NodaTime;

namespace Daisee.Billing.Worker.Ingest;

/// <summary>The metadata line of a layout-A portal export: which meter, which direction, which unit and (when stated) which step.</summary>
public sealed record PortalHeader(Prm Prm, Direction Direction, PointUnit Unit, Duration? DeclaredStep)
{
    private const int PrmColumn = 0;
    private const int MetierColumn = 5;
    private const int UnitColumn = 7;
    private const int StepColumn = 8;

    public static PortalHeader? Parse(string[] fields, string source, int line, CurveReadContext context, ConformityLog log)
    {
        Issue Fail(string code, string field, string message) =>
            new(Severity.Warning, code, source, line, $"{source} line {line}: {message}") { Field = field };

        if (fields.Length <= UnitColumn || !Prm.TryParse(fields[PrmColumn], out var prm))
        {
            log.Add(Fail(IssueCodes.HeaderInvalid, "Identifiant PRM", "the metadata line must start with a 14-digit PRM and hold at least 8 fields."));
            return null;
        }

        var metier = fields[MetierColumn].Trim();
        var direction = Directions.Parse(metier);
        if (direction is null)
        {
            log.Add(Fail(IssueCodes.HeaderInvalid, "Grandeur metier", $"Grandeur metier '{TextBound.Quote(metier)}' is neither Consommation nor Production."));
            return null;
        }

        var unit = PointUnits.Parse(fields[UnitColumn]);
        if (unit is not (PointUnit.Watts or PointUnit.Kilowatts))
        {
            log.Add(Fail(IssueCodes.UnitUnknown, "Unite", $"unit '{TextBound.Quote(fields[UnitColumn])}' is not an average power (W or kW)."));
            return null;
        }

        var stepText = fields.Length > StepColumn ? fields[StepColumn].Trim() : string.Empty;
        if (stepText.Length == 0)
        {
            return new PortalHeader(prm, direction.Value, unit.Value, null);
        }

        var minutes = int.TryParse(stepText, NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : -1;
        if (!Step.IsSupportedLength(minutes))
        {
            log.Add(Fail(IssueCodes.StepUnknown, "Pas en minutes", $"step '{TextBound.Quote(stepText)}' is not 10, 15, 30 or 60 minutes."));
            return null;
        }

        return new PortalHeader(prm, direction.Value, unit.Value, Duration.FromMinutes(minutes));
    }
}
