using System.Collections.Immutable;

namespace Daisee.Billing.Contract;

/// <summary>
/// <c>manifest.json</c>: every other output file (sorted by path) and every input file with its
/// sha256 and size, the engine version, the period and the rules hash. The task's on-chain result
/// digest is sha256(manifest.json), so it covers every file transitively.
/// </summary>
public sealed record ManifestDocument(string EngineVersion, string Period, string RulesHash, ImmutableArray<ManifestFile> Files, ImmutableArray<ManifestFile> Inputs)
{
    public const string FileName = "manifest.json";
}
