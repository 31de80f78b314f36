namespace Daisee.Billing.Worker.Domain;

/// <summary>
/// One conformity finding. <see cref="Source"/> is the dataset-relative file name,
/// <see cref="Line"/> its 1-based line (0 when the finding is about the whole file or
/// series), <see cref="Field"/> the column or JSON path concerned.
/// </summary>
public sealed record Issue(Severity Severity, string Code, string Source, int Line, string Message)
{
    public string? Field { get; init; }

    public Prm? Prm { get; init; }

    public Step? Step { get; init; }
}
