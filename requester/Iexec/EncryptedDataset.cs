using System.Collections.Immutable;
using Daisee.Billing.Requester.Chain;

namespace Daisee.Billing.Requester.Iexec;

/// <summary>An encrypted dataset file (IV ‖ ciphertext) and its on-chain checksum sha256(file).</summary>
public sealed record EncryptedDataset(ImmutableArray<byte> File, Hash32 Checksum);
