using Daisee.Billing.Worker.Domain;
using Daisee.Billing.Worker.Validation;
using NodaTime;

namespace Daisee.Billing.Worker.Ingest;

/// <summary>The metadata line of a layout-A portal export: which meter, which direction, which unit and step.</summary>
public sealed record PortalHeader(Prm Prm, Direction Direction, decimal WattsPerUnit, Duration StepLength)
{
    private const int PrmColumn = 0;
    private const int MetierColumn = 5;
    private const int UnitColumn = 7;
    private const int StepColumn = 8;

    public int StepMinutes => (int)StepLength.TotalMinutes;

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
        Direction? direction = metier.StartsWith("Consommation", StringComparison.OrdinalIgnoreCase) ? Direction.Consumption
            : metier.StartsWith("Production", StringComparison.OrdinalIgnoreCase) ? Direction.Production
            : null;
        if (direction is null)
        {
            log.Add(Fail(IssueCodes.HeaderInvalid, "Grandeur metier", $"Grandeur metier '{metier}' is neither Consommation nor Production."));
            return null;
        }

        decimal? wattsPerUnit = fields[UnitColumn].Trim() switch { "W" => 1m, "kW" => 1000m, _ => null };
        if (wattsPerUnit is null)
        {
            log.Add(Fail(IssueCodes.UnitUnknown, "Unite", $"unit '{fields[UnitColumn]}' is not an average power (W or kW)."));
            return null;
        }

        var stepText = fields.Length > StepColumn ? fields[StepColumn].Trim() : string.Empty;
        var minutes = stepText.Length == 0 ? context.StepMinutes
            : int.TryParse(stepText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var m) ? m : -1;
        if (!Step.IsSupportedLength(minutes))
        {
            log.Add(Fail(IssueCodes.StepUnknown, "Pas en minutes", $"step '{stepText}' is not 10, 15, 30 or 60 minutes."));
            return null;
        }

        return new PortalHeader(prm, direction.Value, wattsPerUnit.Value, Duration.FromMinutes(minutes));
    }
}
