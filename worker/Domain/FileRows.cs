namespace Daisee.Billing.Worker.Domain;

/// <summary>The rows of one file a stage counted: read, accepted, rejected, out of scope; and the format Ingest recognised (null when this stage did not read the file).</summary>
public readonly record struct FileRows(string? Format, long Read, long Accepted, long Rejected, long OutOfScope)
{
    public static readonly FileRows None = new(null, 0, 0, 0, 0);
}
