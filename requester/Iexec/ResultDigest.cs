using System.Security.Cryptography;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Chain.Orders;

namespace Daisee.Billing.Requester.Iexec;

/// <summary>
/// The web2 result digest exactly as an iExec worker computes it (iexec-common
/// <c>ResultUtils</c>): a single file gives sha256(file); a folder gives
/// keccak256(sha256(child1) ‖ sha256(child2) ‖ …) over its direct children only, sorted by
/// ordinal name, sub-folders contributing nothing. Our <c>deterministic-output-path</c> is the
/// single file <c>manifest.json</c>, so the on-chain digest is sha256(manifest.json).
/// </summary>
public static class ResultDigest
{
    /// <summary>The digest of the file or folder at <paramref name="path"/>.</summary>
    public static Hash32 Compute(string path)
    {
        if (File.Exists(path))
        {
            return OfFile(File.ReadAllBytes(path));
        }

        if (!Directory.Exists(path))
        {
            throw new FileNotFoundException($"The deterministic output {path} does not exist: an iExec worker could not contribute.", path);
        }

        var children = new DirectoryInfo(path).EnumerateFileSystemInfos()
            .OrderBy(c => c.FullName, StringComparer.Ordinal)
            .Select(c => c is FileInfo file ? SHA256.HashData(File.ReadAllBytes(file.FullName)) : [])
            .ToArray();
        return IexecIds.Keccak(children);
    }

    /// <summary>sha256(<paramref name="bytes"/>) as a bytes32: the digest of a single-file output.</summary>
    public static Hash32 OfFile(ReadOnlySpan<byte> bytes) => new(SHA256.HashData(bytes));
}
