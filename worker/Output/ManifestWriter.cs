using System.Collections.Immutable;
using System.Security.Cryptography;
using Daisee.Billing.Contract;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Output;

/// <summary>
/// <c>manifest.json</c> (<see cref="ManifestDocument"/>): the sha256 and size of every other
/// output file (sorted by path) and of every input file, the engine version and the rules hash.
/// The task's on-chain result digest is sha256(manifest.json), so it covers every file transitively.
/// </summary>
public static class ManifestWriter
{
    public const string FileName = ManifestDocument.FileName;

    public static byte[] Write(ImmutableSortedDictionary<string, byte[]> outputs, IEnumerable<ManifestEntry> inputs, string rulesHash, string period)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        var document = new ManifestDocument(
            EngineVersion.Value,
            period,
            rulesHash,
            [.. outputs.Select(o => new ManifestFile(o.Key, Convert.ToHexStringLower(SHA256.HashData(o.Value)), o.Value.LongLength))],
            [.. inputs.OrderBy(e => e.Path, StringComparer.Ordinal).Select(e => new ManifestFile(e.Path, e.Sha256, e.Bytes))]);
        return ContractJson.Write(document, ContractJsonContext.Default.ManifestDocument);
    }
}
