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
/// <c>resultDigest</c> when that is given. A member's copy (<see cref="IsMemberCopy"/>: their own bill, statement and
/// invoices with <c>manifest.json</c>) is checked file by file: every file present must be listed and match; listed
/// files that are absent (other members', the organiser's, <c>computed.json</c>) are not required.
/// </summary>
public static class ResultVerifier
{
    /// <summary>The file our deterministic-output-path names.</summary>
    public const string ManifestName = ManifestDocument.FileName;

    private static readonly ImmutableHashSet<string> Unlisted = [ComputedDocument.FileName, ManifestName, "stdout.txt", "stderr.txt"];

    /// <summary>The organiser's file, present in every billed or rejected result, never in a member's copy.</summary>
    public const string SummaryName = "summary.json";

    /// <summary>Verifies <paramref name="result"/>; <paramref name="onChainDigest"/> null checks the files against the manifest only.</summary>
    public static VerificationReport Verify(ResultFiles result, Hash32? onChainDigest) => Verify(result, onChainDigest, memberCopy: false);

    /// <summary>
    /// A member's copy: no <c>summary.json</c> (the organiser's) but a <c>bill-…</c> or <c>statement-…</c> file. <c>verify</c> then checks
    /// it as with <c>--member</c>.
    /// </summary>
    public static bool IsMemberCopy(ResultFiles result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return !result.Files.ContainsKey(SummaryName)
            && result.Files.Keys.Any(k => k.StartsWith("bill-", StringComparison.Ordinal) || k.StartsWith("statement-", StringComparison.Ordinal));
    }

    /// <summary>As <see cref="Verify(ResultFiles, Hash32?)"/>; <paramref name="memberCopy"/> does not require the listed files that are absent.</summary>
    public static VerificationReport Verify(ResultFiles result, Hash32? onChainDigest, bool memberCopy)
    {
        ArgumentNullException.ThrowIfNull(result);
        var problems = new List<string>();
        if (!memberCopy || result.Files.ContainsKey(ComputedDocument.FileName))
        {
            CheckComputed(result, problems);
        }

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

        var (present, absent) = CheckFiles(result, manifest, memberCopy, problems);
        if (memberCopy && present.Count == 0)
        {
            problems.Add("none of the files manifest.json lists is present: there is nothing to verify");
        }

        return new VerificationReport(digest, onChainDigest, [.. problems]) { Checked = [.. present], Absent = [.. absent] };
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

    private static (List<string> Present, List<string> Absent) CheckFiles(ResultFiles result, byte[] manifest, bool memberCopy, List<string> problems)
    {
        var (present, absent) = (new List<string>(), new List<string>());
        ImmutableArray<ManifestFile> listed;
        try
        {
            listed = ContractJson.Read(manifest, ContractJsonContext.Default.ManifestDocument).Files;
        }
        catch (JsonException e)
        {
            problems.Add($"manifest.json cannot be read ({e.Message})");
            return (present, absent);
        }

        foreach (var (path, sha256, bytes) in listed)
        {
            if (!result.Files.TryGetValue(path, out var content))
            {
                if (memberCopy)
                {
                    absent.Add(path);
                }
                else
                {
                    problems.Add($"{path} is listed in the manifest but missing");
                }

                continue;
            }

            present.Add(path);
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
        return (present, absent);
    }
}
