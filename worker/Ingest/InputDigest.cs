using System.Security.Cryptography;
using Daisee.Billing.Worker.Domain;
using Daisee.Billing.Worker.Output;

namespace Daisee.Billing.Worker.Ingest;

/// <summary>sha256 and size of every input file, streamed, for the manifest's <c>inputs</c>.</summary>
public static class InputDigest
{
    public static IEnumerable<ManifestEntry> Of(IEnumerable<DatasetEntry> entries)
    {
        foreach (var entry in entries.OrderBy(e => e.Path, StringComparer.Ordinal))
        {
            if (entry.Sha256 is { } known)
            {
                yield return new ManifestEntry(entry.Path, known, entry.Length);
                continue;
            }

            using var stream = entry.Open();
            using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buffer = new byte[81920];
            long total = 0;
            int n;
            while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                sha.AppendData(buffer, 0, n);
                total += n;
            }

            yield return new ManifestEntry(entry.Path, Convert.ToHexStringLower(sha.GetHashAndReset()), total);
        }
    }
}
