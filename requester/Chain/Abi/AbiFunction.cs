using System.Collections.Immutable;

namespace Daisee.Billing.Requester.Chain.Abi;

/// <summary>
/// A contract function: encodes calls (selector ‖ arguments) and decodes return data.
/// Parse from a human-readable signature: <c>viewTask(bytes32 id) returns ((uint8,bytes32) task)</c>.
/// </summary>
public sealed record AbiFunction
{
    /// <summary>A function with the given parameters.</summary>
    public AbiFunction(string name, ImmutableArray<AbiParameter> inputs, ImmutableArray<AbiParameter> outputs)
    {
        Name = name;
        Inputs = inputs;
        Outputs = outputs;
        Signature = $"{name}({string.Join(',', inputs.Select(p => p.Type.CanonicalName))})";
        Selector = Selector.Of(Signature);
    }

    /// <summary>The function name.</summary>
    public string Name { get; }

    /// <summary>The arguments.</summary>
    public ImmutableArray<AbiParameter> Inputs { get; }

    /// <summary>The return values (empty when not declared).</summary>
    public ImmutableArray<AbiParameter> Outputs { get; }

    /// <summary>The canonical signature, e.g. <c>baz(uint32,bool)</c>.</summary>
    public string Signature { get; }

    /// <summary>The first 4 bytes of keccak256(<see cref="Signature"/>).</summary>
    public Selector Selector { get; }

    /// <summary>Parses <c>[function] name(type [name], …) [modifiers] [returns (type [name], …)]</c>.</summary>
    public static AbiFunction Parse(string signature)
    {
        var (name, inputs, outputs) = AbiSignatureParser.ParseSignature(signature);
        return new AbiFunction(name, inputs, outputs);
    }

    /// <summary>selector ‖ abi.encode(arguments).</summary>
    public byte[] EncodeCall(params IReadOnlyList<object?> arguments) =>
        [.. Selector.ToArray(), .. AbiEncoder.Encode(Types(Inputs), arguments)];

    /// <summary>Decodes call data produced by <see cref="EncodeCall"/> (checks the selector).</summary>
    public AbiValues DecodeCall(ReadOnlySpan<byte> callData) =>
        Selector.FromBytes(callData) == Selector
            ? AbiDecoder.Decode(Types(Inputs), callData[Selector.Length..])
            : throw new FormatException($"Call data does not start with {Selector} ({Signature}).");

    /// <summary>Decodes the return data of a call.</summary>
    public AbiValues DecodeOutput(ReadOnlySpan<byte> returnData) => AbiDecoder.Decode(Types(Outputs), returnData);

    /// <summary>The canonical signature.</summary>
    public override string ToString() => Signature;

    private static List<AbiType> Types(ImmutableArray<AbiParameter> parameters) => [.. parameters.Select(p => p.Type)];
}
