using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.TrueType;
using UglyToad.PdfPig.Fonts.TrueType.Parser;
using UglyToad.PdfPig.Tokens;
using UglyToad.PdfPig.Writer;

namespace Daisee.Billing.Worker.Output.Pdf;

/// <summary>
/// The embedded DejaVu Sans, parsed once per process and shared by every document builder.
/// <para>
/// <see cref="PdfDocumentBuilder.AddTrueTypeFont"/> parses the 750 kB font for each document and
/// its first letter parses every glyph outline again; PdfPig 0.1.16 (pinned by the lock files) has
/// no public way to hand a builder an already parsed font. <see cref="AddTo"/> therefore does what
/// <c>AddTrueTypeFont</c> does (reserve the font's object number, register a
/// <c>TrueTypeWritingFont</c> under a new key) with the shared parse, through PdfPig's non-public
/// members named below. The written bytes are the same: the writing font is PdfPig's own, with
/// its own per-document character mapping; only the parsed tables, read-only once parsed, are shared.
/// If a PdfPig upgrade renames one of these members, <see cref="Instance"/> throws naming it.
/// </para>
/// </summary>
public sealed class EmbeddedFont
{
    public const string Resource = "Daisee.Billing.Worker.Output.Fonts.DejaVuSans.ttf";

    private const string WritingFontType = "UglyToad.PdfPig.Writer.Fonts.TrueTypeWritingFont";
    private const string FontStoredType = "UglyToad.PdfPig.Writer.PdfDocumentBuilder+FontStored";
    private const string WriterInterface = "UglyToad.PdfPig.Writer.IPdfStreamWriter";
    private const string PdfPigAssembly = ", UglyToad.PdfPig";

    private static readonly Lazy<EmbeddedFont> Shared = new(() => new EmbeddedFont(ReadResource()));

    private readonly FieldInfo _context;
    private readonly FieldInfo _fonts;
    private readonly MethodInfo _reserve;
    private readonly ConstructorInfo _writingFont;
    private readonly ConstructorInfo _addedFont;
    private readonly ConstructorInfo _fontStored;
    private readonly FieldInfo _fontFileBytes;
    private readonly MethodInfo _characterCode;
    private readonly SubsetSource _subsetSource;
    private readonly ReadOnlyMemory<byte> _bytes;

    [DynamicDependency(DynamicallyAccessedMemberTypes.NonPublicFields, typeof(PdfDocumentBuilder))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.NonPublicConstructors, typeof(PdfDocumentBuilder.AddedFont))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors | DynamicallyAccessedMemberTypes.NonPublicConstructors | DynamicallyAccessedMemberTypes.NonPublicFields | DynamicallyAccessedMemberTypes.PublicMethods, WritingFontType, "UglyToad.PdfPig")]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors | DynamicallyAccessedMemberTypes.NonPublicConstructors, "UglyToad.PdfPig.Writer.PdfDocumentBuilder.FontStored", "UglyToad.PdfPig")]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods, WriterInterface, "UglyToad.PdfPig")]
    private EmbeddedFont(byte[] bytes)
    {
        Bytes = bytes;
        _bytes = bytes;
        Font = TrueTypeFontParser.Parse(new TrueTypeDataBytes(bytes));
        const BindingFlags instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;
        _context = typeof(PdfDocumentBuilder).GetField("context", instance) ?? throw Changed("PdfDocumentBuilder.context");
        _fonts = typeof(PdfDocumentBuilder).GetField("fonts", instance) ?? throw Changed("PdfDocumentBuilder.fonts");
        _reserve = (Type.GetType(WriterInterface + PdfPigAssembly) ?? throw Changed(WriterInterface)).GetMethod("ReserveObjectNumber", Type.EmptyTypes)
            ?? throw Changed(WriterInterface + ".ReserveObjectNumber()");
        var writingFont = Type.GetType(WritingFontType + PdfPigAssembly) ?? throw Changed(WritingFontType);
        _writingFont = writingFont.GetConstructor(instance, [typeof(TrueTypeFont), typeof(ReadOnlyMemory<byte>)]) ?? throw Changed(WritingFontType + "(TrueTypeFont, ReadOnlyMemory<byte>)");
        _addedFont = typeof(PdfDocumentBuilder.AddedFont).GetConstructor(instance, [typeof(Guid), typeof(IndirectReferenceToken)])
            ?? throw Changed("PdfDocumentBuilder.AddedFont(Guid, IndirectReferenceToken)");
        _fontFileBytes = writingFont.GetField("fontFileBytes", instance) is { } field && field.FieldType == typeof(ReadOnlyMemory<byte>) ? field : throw Changed(WritingFontType + ".fontFileBytes");
        _characterCode = writingFont.GetMethod("GetValueForCharacter", instance, [typeof(char)]) is { } code && code.ReturnType == typeof(byte) ? code : throw Changed(WritingFontType + ".GetValueForCharacter(char)");
        var fontStored = Type.GetType(FontStoredType + PdfPigAssembly) ?? throw Changed(FontStoredType);
        _fontStored = fontStored.GetConstructors(instance).SingleOrDefault(c => c.GetParameters() is [{ } k, _] && k.ParameterType == typeof(PdfDocumentBuilder.AddedFont))
            ?? throw Changed(FontStoredType + "(AddedFont, IWritingFont)");
        Advances = new double[char.MaxValue + 1];
        Array.Fill(Advances, Unknown);
        _subsetSource = new SubsetSource(bytes, Font);
    }

    /// <summary>The process's one parsed copy of the embedded font.</summary>
    public static EmbeddedFont Instance => Shared.Value;

    /// <summary>The font file as embedded in the worker.</summary>
    public byte[] Bytes { get; }

    /// <summary>The parsed font; read-only (PdfPig parses the glyph outlines once, thread-safely, on first use).</summary>
    public TrueTypeFont Font { get; }

    /// <summary>
    /// For each UTF-16 unit, the advance width in font units that PdfPig's writer measures, NaN
    /// where the font has no glyph box or advance (PdfPig would refuse to draw it), or
    /// <see cref="Unknown"/> until first asked (<see cref="Advance"/>; two threads asking at once
    /// store the same value).
    /// </summary>
    private double[] Advances { get; }

    private const double Unknown = -1;

    /// <summary>Registers the shared font with <paramref name="builder"/> exactly as <see cref="PdfDocumentBuilder.AddTrueTypeFont"/> would.</summary>
    public PdfDocumentBuilder.AddedFont AddTo(PdfDocumentBuilder builder) => Register(builder).Key;

    /// <summary>
    /// <see cref="AddTo"/>, keeping PdfPig's writing font so that <see cref="Narrow"/> can hand its
    /// subsetter a smaller source before the document is built.
    /// </summary>
    public Registration Register(PdfDocumentBuilder builder)
    {
        var context = _context.GetValue(builder) ?? throw Changed("PdfDocumentBuilder.context (null)");
        var fonts = _fonts.GetValue(builder) as IDictionary ?? throw Changed("PdfDocumentBuilder.fonts (not a dictionary)");
        var id = new Guid(fonts.Count + 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        var reference = _reserve.Invoke(context, null);
        var added = (PdfDocumentBuilder.AddedFont)_addedFont.Invoke([id, reference]);
        var writingFont = _writingFont.Invoke([Font, _bytes]);
        fonts[id] = _fontStored.Invoke([added, writingFont]);
        return new Registration(added, writingFont, _characterCode.CreateDelegate<Func<char, byte>>(writingFont));
    }

    /// <summary>
    /// Makes the registered font subset from <see cref="SubsetSource"/> for <paramref name="drawn"/>
    /// (a superset of every character the document's text shows) instead of from the whole font:
    /// the subset written at <c>Build()</c> is the same (the tests compare it for every glyph).
    /// </summary>
    public void Narrow(Registration registration, IEnumerable<char> drawn) =>
        _fontFileBytes.SetValue(registration.WritingFont, new ReadOnlyMemory<byte>(_subsetSource.For(drawn)));

    /// <summary>The subsetter's source for <paramref name="characters"/> (<see cref="SubsetSource"/>).</summary>
    public byte[] SubsetSourceFor(IEnumerable<char> characters) => _subsetSource.For(characters);

    /// <summary>
    /// A font registered with one builder: the key its pages draw with, PdfPig's writing font behind
    /// it, and that font's <c>GetValueForCharacter</c> (the one-byte code of a character in this
    /// document, assigned in the order characters are first drawn, as <c>AddText</c> assigns them).
    /// </summary>
    public sealed record Registration(PdfDocumentBuilder.AddedFont Key, object WritingFont, Func<char, byte> CharacterCode);

    /// <summary>
    /// The x of the end of <paramref name="text"/>'s last letter drawn from x = 0 at <paramref name="size"/>,
    /// that is <c>MeasureText(text, size, (0, 0), font)[^1].EndBaseLine.X</c>, computed with the
    /// same floating-point operations in the same order as PdfPig's <c>DrawLetters</c> (font matrix
    /// 1/unitsPerEm, then the rendering matrix, then the text matrix moved by each advance), so the
    /// value is the same double. Null when a character has no glyph: the caller then lets PdfPig refuse it.
    /// </summary>
    public double? Width(ReadOnlySpan<char> text, double size)
    {
        var scale = 1.0 / Font.GetUnitsPerEm();
        var end = 0.0;
        var e = 0.0;
        foreach (var c in text)
        {
            var advance = Advance(c);
            if (double.IsNaN(advance))
            {
                return null;
            }

            var left = Transform(Transform(Transform(0, scale, 0), size, 0), 1, e);
            end = Transform(Transform(Transform(advance, scale, 0), size, 0), 1, e);
            var width = Math.Sqrt(((left - end) * (left - end)) + (0.0 * 0.0));
            e = (width * 1) + (0.0 * 0.0) + (1.0 * e);
        }

        return end;
    }

    /// <summary>Whether every character of <paramref name="text"/> has the glyph box and advance PdfPig requires to draw it.</summary>
    public bool Draws(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (double.IsNaN(Advance(c)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The x of TransformationMatrix.Transform(x, 0) for a matrix (a, 0, 0, d, tx, 0): <c>a·x + c·y + e</c> with c = y = 0.</summary>
    private static double Transform(double x, double a, double tx) => (a * x) + (0.0 * 0.0) + tx;

    private double Advance(char c)
    {
        var advance = Volatile.Read(ref Advances[c]);
        if (advance == Unknown)
        {
            advance = Font.TryGetBoundingBox(c, out _) && Font.TryGetAdvanceWidth(c, out var width) ? width : double.NaN;
            Volatile.Write(ref Advances[c], advance);
        }

        return advance;
    }

    private static byte[] ReadResource()
    {
        using var stream = typeof(EmbeddedFont).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"Embedded font {Resource} is missing from the worker.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static InvalidOperationException Changed(string member) =>
        new($"PdfPig's writer no longer has {member}: the shared-font adapter (Output/Pdf/EmbeddedFont.cs) must follow the pinned PdfPig version.");
}
