using System.Collections.Immutable;
using System.Security.Cryptography;
using Daisee.Billing.Contract;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Output;

/// <summary>
/// <c>manifest.json</c> (<see cref="ManifestDocument"/>): the sha256 and size of every other
/// output file (sorted by path) and of every input file (sorted by path, then sha256), the engine version and the rules hash.
/// The task's on-chain result digest is sha256(manifest.json), so it covers every file transitively.
/// </summary>
public static class ManifestWriter
{
    public const string FileName = ManifestDocument.FileName;

    public static byte[] Write(ImmutableSortedDictionary<string, byte[]> outputs, IEnumerable<ManifestEntry> inputs, string rulesHash, string period)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        return Write([.. outputs.Select(o => new ManifestFile(o.Key, Convert.ToHexStringLower(SHA256.HashData(o.Value)), o.Value.LongLength))], inputs, rulesHash, period);
    }

    /// <summary>The manifest of outputs already hashed as they were written (<see cref="OutputSet.Entries"/>), listed by path.</summary>
    public static byte[] Write(IReadOnlyList<ManifestFile> outputs, IEnumerable<ManifestEntry> inputs, string rulesHash, string period)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        var document = new ManifestDocument(
            EngineVersion.Value,
            period,
            rulesHash,
            [.. outputs.OrderBy(o => o.Path, StringComparer.Ordinal)],
            [.. inputs.OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Sha256, StringComparer.Ordinal).Select(e => new ManifestFile(e.Path, e.Sha256, e.Bytes))]);
        return ContractJson.Write(document, ContractJsonContext.Default.ManifestDocument);
    }
}
