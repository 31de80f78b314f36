namespace Daisee.Billing.Worker.Domain;

/// <summary>One file in <c>manifest.json</c>: path, lower-case hex sha256, size in bytes.</summary>
public sealed record ManifestEntry(string Path, string Sha256, long Bytes);
