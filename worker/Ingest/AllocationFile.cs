namespace Daisee.Billing.Worker.Ingest;

public sealed record AllocationFile
{
    public string? Method { get; init; }

    public string? KeysFile { get; init; }

    public string? Within { get; init; }

    public string? StaticUnused { get; init; }
}
