namespace Daisee.Billing.Worker.Ingest;

public sealed record RegulatedFile
{
    public string? TurpeOption { get; init; }

    public bool? Accise { get; init; }

    public bool? Cta { get; init; }

    public bool? Vat { get; init; }

    public bool? AcciseAccZeroRate { get; init; }
}
