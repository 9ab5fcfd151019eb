namespace Conduit.Connector.Sdk.Records.Json;

/// <summary>
/// Orders strings by the bytes of their UTF-8 encoding, which is how Go sorts map keys. Ordinal
/// UTF-16 order agrees except between surrogate pairs and U+E000..U+FFFF, which this corrects.
/// </summary>
internal sealed class Utf8KeyOrder : IComparer<string>
{
    public static readonly Utf8KeyOrder Instance = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        var common = x.AsSpan().CommonPrefixLength(y);
        if (common == x.Length || common == y.Length)
        {
            return x.Length - y.Length;
        }

        return CodePointOrder(x[common]) - CodePointOrder(y[common]);
    }

    // Moves surrogates (U+D800..U+DFFF, i.e. code points above U+FFFF) after every other UTF-16 unit.
    private static int CodePointOrder(char c) => c < 0xD800 ? c : c >= 0xE000 ? c - 0x800 : c + 0x2000;
}
