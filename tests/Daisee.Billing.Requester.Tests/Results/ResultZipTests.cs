using System.IO.Compression;
using System.Text;
using Daisee.Billing.Requester.Results;
using ICSharpCode.SharpZipLib.Zip;

namespace Daisee.Billing.Requester.Tests.Results;

/// <summary>
/// <see cref="ResultZip"/> on hand-made zips: each unsafe or damaged archive is refused with a message naming
/// what is wrong, and a sound one reads back byte for byte.
/// </summary>
public sealed class ResultZipTests
{
    private static readonly ResultZipLimits Limits = ResultZipLimits.Default;

    [Test]
    public void Read_SoundZip_EveryFileBackByteForByte()
    {
        var zip = Zip(("computed.json", "{}"u8.ToArray()), ("bills/a.csv", "x,y\n"u8.ToArray()));

        var files = ResultZip.Read(zip, Limits);

        Assert.That(files.Keys, Is.EqualTo(new[] { "bills/a.csv", "computed.json" }));
        Assert.That(files["bills/a.csv"], Is.EqualTo("x,y\n"u8.ToArray()));
    }

    [TestCase("../evil.txt")]
    [TestCase("bills/../../evil.txt")]
    [TestCase("/etc/evil.txt")]
    [TestCase("C:/evil.txt")]
    [TestCase("bills\\..\\evil.txt")]
    public void Read_EntryEscapingTheFolder_Refused(string name)
    {
        var zip = Zip((name, "x"u8.ToArray()));

        var e = Assert.Throws<InvalidDataException>(() => ResultZip.Read(zip, Limits));

        Assert.That(e!.Message, Does.StartWith("The result zip is refused: the entry name").And.Contain("not a relative path"));
    }

    [Test]
    public void Read_NotAZip_RefusedAsCorrupt()
    {
        var e = Assert.Throws<InvalidDataException>(() => ResultZip.Read(Encoding.ASCII.GetBytes("this is not a zip at all, just text"), Limits));

        Assert.That(e!.Message, Does.Contain("corrupt"));
    }

    [Test]
    public void Read_TruncatedZip_RefusedAsCorrupt()
    {
        var zip = Zip(("computed.json", new byte[5000]));

        Assert.Throws<InvalidDataException>(() => ResultZip.Read(zip[..(zip.Length / 2)], Limits));
    }

    [Test]
    public void Read_StoredEntryWithOneByteChanged_CrcCheckFails()
    {
        var content = Encoding.ASCII.GetBytes("manifest-content-0123456789");
        var zip = Zip(CompressionLevel.NoCompression, ("manifest.json", content));
        var at = IndexOf(zip, content);
        zip[at + 3] ^= 0x01;

        var e = Assert.Throws<InvalidDataException>(() => ResultZip.Read(zip, Limits));

        Assert.That(e!.Message, Does.Contain("manifest.json").And.Contain("CRC-32"));
    }

    [Test]
    public void Read_EncryptedEntry_Refused()
    {
        using var output = new MemoryStream();
        using (var zip = new ZipOutputStream(output) { IsStreamOwner = false, Password = "secret" })
        {
            zip.PutNextEntry(new ZipEntry("bills/a.csv") { AESKeySize = 0 });
            zip.Write("x"u8);
            zip.CloseEntry();
        }

        var e = Assert.Throws<InvalidDataException>(() => ResultZip.Read(output.ToArray(), Limits));

        Assert.That(e!.Message, Does.Contain("bills/a.csv").And.Contain("encrypted"));
    }

    [Test]
    public void Read_UnknownCompressionMethod_Refused()
    {
        var zip = Zip(CompressionLevel.NoCompression, ("a.txt", "abc"u8.ToArray()));
        // PKZIP headers: the method is a little-endian uint16 at offset 8 of the local header and 10 of the central one; 14 = LZMA.
        zip[IndexOf(zip, [0x50, 0x4b, 0x03, 0x04]) + 8] = 14;
        zip[IndexOf(zip, [0x50, 0x4b, 0x01, 0x02]) + 10] = 14;

        var e = Assert.Throws<InvalidDataException>(() => ResultZip.Read(zip, Limits));

        Assert.That(e!.Message, Does.Contain("a.txt").And.Contain("compression method"));
    }

    [Test]
    public void Read_MoreEntriesThanAllowed_Refused()
    {
        var zip = Zip(("a", [1]), ("b", [2]), ("c", [3]));

        var e = Assert.Throws<InvalidDataException>(() => ResultZip.Read(zip, Limits with { MaxEntries = 2 }));

        Assert.That(e!.Message, Does.Contain("3 entries"));
    }

    [Test]
    public void Read_EntryLargerThanAllowed_RefusedBeforeInflating()
    {
        var zip = Zip(("big.bin", new byte[1_000_000]));

        var e = Assert.Throws<InvalidDataException>(() => ResultZip.Read(zip, Limits with { MaxEntryBytes = 999_999 }));

        Assert.That(e!.Message, Does.Contain("big.bin").And.Contain("1000000 bytes"));
    }

    [Test]
    public void Read_EntriesAddingUpToMoreThanAllowed_Refused()
    {
        var zip = Zip(("a.bin", new byte[600]), ("b.bin", new byte[600]));

        var e = Assert.Throws<InvalidDataException>(() => ResultZip.Read(zip, Limits with { MaxTotalBytes = 1000 }));

        Assert.That(e!.Message, Does.Contain("more than 1000 bytes"));
    }

    internal static byte[] Zip(params (string Name, byte[] Content)[] entries) => Zip(CompressionLevel.Optimal, entries);

    internal static byte[] Zip(CompressionLevel level, params (string Name, byte[] Content)[] entries)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name, level).Open();
                stream.Write(content);
            }
        }

        return output.ToArray();
    }

    private static int IndexOf(byte[] haystack, byte[] needle)
    {
        var at = haystack.AsSpan().IndexOf(needle);
        Assert.That(at, Is.GreaterThanOrEqualTo(0), "pattern not found in the zip");
        return at;
    }
}
