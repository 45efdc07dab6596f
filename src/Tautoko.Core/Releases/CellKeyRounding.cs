using System.Buffers.Binary;

namespace Tautoko.Core.Releases;

/// <summary>A 128-bit key for SipHash: the record-key secret of the installation, or the key recorded with a release.</summary>
public readonly record struct HashKey(ulong K0, ulong K1)
{
    /// <summary>The key as 32 hexadecimal digits (as a release records and shows it).</summary>
    public string ToHex() => $"{K0:x16}{K1:x16}";

    public static bool TryParse(string? text, out HashKey key)
    {
        key = default;
        var t = text?.Trim();
        if (t is not { Length: 32 } || !t.All(Uri.IsHexDigit))
        {
            return false;
        }

        key = new HashKey(ulong.Parse(t.AsSpan(0, 16), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture),
            ulong.Parse(t.AsSpan(16, 16), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture));
        return true;
    }

    public override string ToString() => ToHex();
}

/// <summary>SipHash-2-4 (Aumasson and Bernstein): a fast keyed hash; its output cannot be predicted without the key.</summary>
public static class SipHash
{
    public static ulong Hash(HashKey key, ReadOnlySpan<byte> data)
    {
        var v0 = 0x736f6d6570736575UL ^ key.K0;
        var v1 = 0x646f72616e646f6dUL ^ key.K1;
        var v2 = 0x6c7967656e657261UL ^ key.K0;
        var v3 = 0x7465646279746573UL ^ key.K1;
        var blocks = data.Length / 8;
        for (var i = 0; i < blocks; i++)
        {
            var m = BinaryPrimitives.ReadUInt64LittleEndian(data.Slice(i * 8, 8));
            v3 ^= m;
            Round(ref v0, ref v1, ref v2, ref v3);
            Round(ref v0, ref v1, ref v2, ref v3);
            v0 ^= m;
        }

        var last = (ulong)(data.Length & 0xff) << 56;
        var tail = data[(blocks * 8)..];
        for (var i = 0; i < tail.Length; i++)
        {
            last |= (ulong)tail[i] << (8 * i);
        }

        v3 ^= last;
        Round(ref v0, ref v1, ref v2, ref v3);
        Round(ref v0, ref v1, ref v2, ref v3);
        v0 ^= last;
        v2 ^= 0xff;
        for (var i = 0; i < 4; i++)
        {
            Round(ref v0, ref v1, ref v2, ref v3);
        }

        return v0 ^ v1 ^ v2 ^ v3;
    }

    private static void Round(ref ulong v0, ref ulong v1, ref ulong v2, ref ulong v3)
    {
        v0 += v1;
        v1 = ulong.RotateLeft(v1, 13);
        v1 ^= v0;
        v0 = ulong.RotateLeft(v0, 32);
        v2 += v3;
        v3 = ulong.RotateLeft(v3, 16);
        v3 ^= v2;
        v0 += v3;
        v3 = ulong.RotateLeft(v3, 21);
        v3 ^= v0;
        v2 += v1;
        v1 = ulong.RotateLeft(v1, 17);
        v1 ^= v2;
        v2 = ulong.RotateLeft(v2, 32);
    }
}

/// <summary>
/// Every record's fixed random key (the cell-key method of ABS TableBuilder): SipHash-2-4 of the record's id under the
/// installation's record-key secret. It is derived, not stored, so it is the same in every table, release and re-run,
/// costs no column on other features' tables, and cannot be guessed from the id without the secret.
/// </summary>
public static class RecordKeys
{
    public static ulong Of(HashKey secret, Guid id)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes);
        return SipHash.Hash(secret, bytes);
    }
}

/// <summary>
/// A cell being counted: how many records fall in it and the sum of their record keys modulo 2^64. The sum does not
/// depend on the order the records are met, so the same set of records gives the same cell key wherever it is counted.
/// </summary>
public readonly record struct CellTally(int Count, ulong KeySum)
{
    public static CellTally Empty => default;

    public CellTally Add(ulong recordKey) => new(Count + 1, unchecked(KeySum + recordKey));

    public CellTally Add(CellTally other) => new(Count + other.Count, unchecked(KeySum + other.KeySum));
}

/// <summary>
/// random rounding to base 3 that cannot be differenced. A cell's key is the sum of its records' keys mixed with the
/// release key (SipHash); a uniform number in [0, 1) drawn from it decides the rounding of the count n:
/// n mod 3 = 0 stays; remainder 1 goes down with probability 2/3 and up by 2 with 1/3; remainder 2 goes up with 2/3 and
/// down by 2 with 1/3. So every count is a multiple of 3, never more than 2 from the truth, its expected value is the
/// true count, and zero stays zero (an empty cell has no records to protect, and publishing 3 for it would invent people).
/// Identical record sets round identically in every table, in every release with the same key and on every re-run;
/// totals are cells of their own.
/// </summary>
public static class CellKeyRounding
{
    public const string Rule = "R-105";

    /// <summary>The cell's uniform number in [0, 1), from its record-key sum and count under the release key.</summary>
    public static double Uniform(HashKey releaseKey, CellTally cell)
    {
        Span<byte> bytes = stackalloc byte[12];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, cell.KeySum);
        BinaryPrimitives.WriteInt32LittleEndian(bytes[8..], cell.Count);
        return (SipHash.Hash(releaseKey, bytes) >> 11) * (1.0 / (1UL << 53));
    }

    /// <summary>The published count of the cell (a multiple of 3 within 2 of <see cref="CellTally.Count"/>).</summary>
    public static int Round(HashKey releaseKey, CellTally cell) => Round(cell.Count, Uniform(releaseKey, cell));

    /// <summary>RR3 of <paramref name="count"/> decided by <paramref name="uniform"/> in [0, 1).</summary>
    public static int Round(int count, double uniform)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return (count % 3) switch
        {
            0 => count,
            1 => uniform < 2.0 / 3.0 ? count - 1 : count + 2,
            _ => uniform < 2.0 / 3.0 ? count + 1 : count - 2,
        };
    }
}
