namespace Daisee.Billing.Contract;

/// <summary>One file in <c>manifest.json</c>: path ('/' separators), lower-case hex sha256, size in bytes.</summary>
public sealed record ManifestFile(string Path, string Sha256, long Bytes);
