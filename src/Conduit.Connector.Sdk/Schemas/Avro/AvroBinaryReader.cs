using System.Buffers.Binary;
using System.Text;

namespace Conduit.Connector.Sdk.Schemas.Avro;

/// <summary>Reads the primitives of Avro's binary encoding from a span, checking every length against what is left.</summary>
internal ref struct AvroBinaryReader
{
    private readonly ReadOnlySpan<byte> _data;
    private int _position;

    public AvroBinaryReader(ReadOnlySpan<byte> data)
    {
        _data = data;
        _position = 0;
    }

    public readonly int Remaining => _data.Length - _position;

    public bool ReadBoolean() => ReadByte() switch
    {
        0 => false,
        1 => true,
        var b => throw new InvalidDataException($"byte {b} at offset {_position - 1} is not a boolean"),
    };

    public int ReadInt()
    {
        var value = ReadLong();
        return value is >= int.MinValue and <= int.MaxValue
            ? (int)value
            : throw new InvalidDataException($"{value} is out of range for an Avro int");
    }

    public long ReadLong()
    {
        ulong result = 0;
        for (var shift = 0; shift < 70; shift += 7)
        {
            var b = ReadByte();
            result |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return (long)(result >> 1) ^ -(long)(result & 1);
            }
        }

        throw new InvalidDataException("a variable-length integer is longer than 10 bytes");
    }

    public float ReadFloat() => BinaryPrimitives.ReadSingleLittleEndian(Take(4));

    public double ReadDouble() => BinaryPrimitives.ReadDoubleLittleEndian(Take(8));

    public byte[] ReadBytes() => Take(ReadLength()).ToArray();

    public string ReadString()
    {
        try
        {
            return new UTF8Encoding(false, true).GetString(Take(ReadLength()));
        }
        catch (DecoderFallbackException e)
        {
            throw new InvalidDataException("a string is not valid UTF-8", e);
        }
    }

    public ReadOnlySpan<byte> Take(int count)
    {
        if (count > Remaining)
        {
            throw new InvalidDataException($"the data ends early: {count} bytes needed at offset {_position}, {Remaining} left");
        }

        var span = _data.Slice(_position, count);
        _position += count;
        return span;
    }

    /// <summary>Reads the item count of an array or map block (a negative count is followed by the block's byte size).</summary>
    /// <returns>The number of items in the block; 0 at the end.</returns>
    public long ReadBlockCount()
    {
        var count = ReadLong();
        if (count < 0)
        {
            _ = ReadLong();
            count = -count;
        }

        return count;
    }

    private int ReadLength()
    {
        var length = ReadLong();
        return length >= 0 && length <= Remaining
            ? (int)length
            : throw new InvalidDataException($"length {length} at offset {_position} does not fit the {Remaining} bytes left");
    }

    private byte ReadByte() => Take(1)[0];
}
