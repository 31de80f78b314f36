using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Daisee.Billing.Contract;
using Daisee.Billing.Requester.Chain;

namespace Daisee.Billing.Requester.Iexec;

/// <summary>
/// Checks a result before anything in it is shown: <c>computed.json</c> points at
/// <c>manifest.json</c>; every file the manifest lists is present with its sha256 and size; no
/// other file is there (except what the iExec worker adds: <c>computed.json</c>, <c>stdout.txt</c>,
/// <c>stderr.txt</c>); and sha256(manifest.json), the result digest, equals the task's on-chain
/// <c>resultDigest</c> when that is given.
/// </summary>
public static class ResultVerifier
{
    /// <summary>The file our deterministic-output-path names.</summary>
    public const string ManifestName = ManifestDocument.FileName;

    private static readonly ImmutableHashSet<string> Unlisted = [ComputedDocument.FileName, ManifestName, "stdout.txt", "stderr.txt"];

    /// <summary>Verifies <paramref name="result"/>; <paramref name="onChainDigest"/> null checks the files against the manifest only.</summary>
    public static VerificationReport Verify(ResultFiles result, Hash32? onChainDigest)
    {
        ArgumentNullException.ThrowIfNull(result);
        var problems = new List<string>();
        CheckComputed(result, problems);
        if (!result.Files.TryGetValue(ManifestName, out var manifest))
        {
            problems.Add("manifest.json is missing: nothing in this result can be checked");
            return new VerificationReport(null, onChainDigest, [.. problems]);
        }

        var digest = ResultDigest.OfFile(manifest);
        if (onChainDigest is { } expected && expected != digest)
        {
            problems.Add($"sha256(manifest.json) = {digest} but the task's on-chain resultDigest is {expected}: the manifest is not the one the worker committed to");
        }

        CheckFiles(result, manifest, problems);
        return new VerificationReport(digest, onChainDigest, [.. problems]);
    }

    private static void CheckComputed(ResultFiles result, List<string> problems)
    {
        if (!result.Files.TryGetValue(ComputedDocument.FileName, out var computed))
        {
            problems.Add("computed.json is missing");
            return;
        }

        try
        {
            var path = ContractJson.Read(computed, ContractJsonContext.Default.ComputedDocument).DeterministicOutputPath;
            if (path is null || !path.Replace('\\', '/').EndsWith("/" + ManifestName, StringComparison.Ordinal))
            {
                problems.Add($"computed.json's deterministic-output-path is '{path}', not …/{ManifestName}");
            }
        }
        catch (JsonException e)
        {
            problems.Add($"computed.json is not valid JSON ({e.Message})");
        }
    }

    private static void CheckFiles(ResultFiles result, byte[] manifest, List<string> problems)
    {
        ImmutableArray<ManifestFile> listed;
        try
        {
            listed = ContractJson.Read(manifest, ContractJsonContext.Default.ManifestDocument).Files;
        }
        catch (JsonException e)
        {
            problems.Add($"manifest.json cannot be read ({e.Message})");
            return;
        }

        foreach (var (path, sha256, bytes) in listed)
        {
            if (!result.Files.TryGetValue(path, out var content))
            {
                problems.Add($"{path} is listed in the manifest but missing");
                continue;
            }

            var actual = Convert.ToHexStringLower(SHA256.HashData(content));
            if (!string.Equals(actual, sha256, StringComparison.OrdinalIgnoreCase) || content.LongLength != bytes)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{path} does not match the manifest: sha256 {actual} ({content.LongLength} bytes), manifest says {sha256} ({bytes} bytes)"));
            }
        }

        var known = listed.Select(l => l.Path).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(result.Files.Keys.Where(k => !known.Contains(k) && !Unlisted.Contains(k))
            .Select(k => $"{k} is not listed in the manifest: it is not covered by the on-chain digest"));
    }
}
