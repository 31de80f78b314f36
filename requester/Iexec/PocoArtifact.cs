using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Chain.Abi;

namespace Daisee.Billing.Requester.Iexec;

/// <summary>
/// One compiled contract from the <c>@iexec/poco</c> package: its ABI (JSON), its creation
/// bytecode (hex, possibly with <c>__$…$__</c> library placeholders) and where those
/// placeholders are (byte offsets, from Hardhat's <c>linkReferences</c>).
/// </summary>
public sealed record PocoArtifact(string Name, JsonArray Abi, string Bytecode, ImmutableArray<LinkReference> Links)
{
    /// <summary>True when the bytecode still needs library addresses.</summary>
    public bool NeedsLinking => !Links.IsEmpty;

    /// <summary>
    /// The creation code with every placeholder replaced by <paramref name="library"/>'s 20
    /// bytes (all PoCo 6.1.0 links are to <c>IexecLibOrders_v5</c>). Throws when a placeholder
    /// is not where <c>linkReferences</c> says, or when one is left.
    /// </summary>
    public byte[] Link(Address library)
    {
        var digits = Bytecode.StartsWith("0x", StringComparison.Ordinal) ? Bytecode[2..] : Bytecode;
        var chars = digits.ToCharArray();
        var address = library.ToLowerHex()[2..];
        foreach (var link in Links)
        {
            var at = link.Start * 2;
            if (link.Length != Address.Length || at + 40 > chars.Length || chars[at] != '_' || chars[at + 1] != '_')
            {
                throw new InvalidDataException($"{Name}: no library placeholder at byte {link.Start}.");
            }

            address.CopyTo(0, chars, at, 40);
        }

        var linked = new string(chars);
        return linked.Contains("__", StringComparison.Ordinal)
            ? throw new InvalidDataException($"{Name}: a library placeholder is left after linking.")
            : Hex.Decode(linked);
    }

    /// <summary>The creation code of an artifact without links.</summary>
    public byte[] CreationCode() =>
        NeedsLinking ? throw new InvalidOperationException($"{Name} needs library linking first.") : Hex.Decode(Bytecode);

    /// <summary>The ABI, through Nethereum.</summary>
    public ContractAbi Contract => new(Abi.ToJsonString());

    /// <summary>
    /// The diamond cut selectors as 4 bytes: every <c>function</c> (Nethereum's selector of its
    /// canonical signature), plus 0x00000000 for <c>receive</c> and 0xffffffff for <c>fallback</c>.
    /// </summary>
    public ImmutableArray<byte[]> Selectors()
    {
        var entries = Abi.OfType<JsonObject>().Select(e => (string?)e["type"]).ToList();
        return
        [
            .. Contract.Selectors,
            .. entries.Contains("receive") ? [new byte[4]] : Array.Empty<byte[]>(),
            .. entries.Contains("fallback") ? [new byte[] { 0xff, 0xff, 0xff, 0xff }] : Array.Empty<byte[]>(),
        ];
    }
}
