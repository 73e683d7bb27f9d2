using System.Text;
using System.Text.Json;
using KalturaGen.Runtime;

namespace KalturaGen.Runtime.Tests.Objects;

/// <summary>Models read and written through their member tables, as every generated model is.</summary>
public sealed class KalturaMemberTableTests
{
    [Fact]
    public void TheSubclassTableHoldsTheBaseMembersFirstAtTheirSlots()
    {
        Assert.Equal(["id", "sides", "color", "parts", "weights", "side", "sides", "filled"], Square.Members.Members.Select(m => m.Name));
        Assert.Equal(5, Shape.Members.Count);
        Assert.True(Square.Members.Find("id")!.IsReadOnly);
    }

    [Fact]
    public void ABaseTableThatDoesNotEndWhereTheGeneratedSlotsBeginIsRefused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => KalturaMemberTable.Create(Shape.Members, 4, [new("x", KalturaCodecs.String)]));
        Assert.Contains("start at slot 4 but the base class has 5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryKindOfValueIsReadIntoItsProperty()
    {
        var square = Read<Square>("""
            {"id":"0_a","sides":"4","color":7,"side":12345678901,"filled":"1","weights":{"a":1.5},
             "parts":[{"objectType":"KalturaSquare","side":2},{"sides":3}],"unknown":{"deep":[1,2]},"objectType":"KalturaSquare"}
            """);

        Assert.Equal("0_a", square.Id);
        Assert.Equal("4", square.SidesText); // the subclass's member of the same name wins, as a generated reader did
        Assert.Null(square.Sides);
        Assert.Equal((Color)7, square.Color); // a value the enum does not name is kept
        Assert.Equal(12345678901L, square.Side);
        Assert.True(square.Filled);
        Assert.Equal(1.5, square.Weights!["a"]);
        Assert.IsType<Square>(square.Parts![0]);
        Assert.Equal(2L, ((Square)square.Parts[0]).Side);
        Assert.Equal(3, square.Parts[1].Sides);
        Assert.Empty(square.AssignedProperties); // reading assigns nothing
    }

    [Fact]
    public void ARequestCarriesOnlyWhatWasAssignedAndASnapshotEverythingHeld()
    {
        var shape = Read<Shape>("""{"id":"0_a","sides":4,"color":2}""");
        shape.Sides = 5;
        shape.Color = null;
        shape.Id = "ignored";

        Assert.Equal("""{"objectType":"KalturaShape","sides":5,"color__null":""}""", Write(shape, KalturaJsonWriteMode.Request));
        Assert.Equal("""{"objectType":"KalturaShape","id":"ignored","sides":5}""", Write(shape, KalturaJsonWriteMode.Snapshot));
    }

    [Fact]
    public void WhatIsWrittenReadsBackTheSame()
    {
        var square = new Square
        {
            SidesText = "four",
            Color = Color.Blue,
            Side = long.MaxValue,
            Filled = false,
            Weights = new Dictionary<string, double> { ["w"] = 0.25 },
            Parts = [new Shape { Sides = 3 }, new Square { Side = 1 }],
        };

        var json = Write(square, KalturaJsonWriteMode.Snapshot);
        var back = Read<Square>(json);

        Assert.Equal(json, Write(back, KalturaJsonWriteMode.Snapshot));
        Assert.Equal(Color.Blue, back.Color);
        Assert.IsType<Square>(back.Parts![1]);
    }

    [Fact]
    public void IntegersBeyondDoublePrecisionAndSharedSmallValuesReadExactly()
    {
        var a = Read<Square>("""{"parts":[{"sides":3},{"sides":-9},{"sides":2147483647}],"filled":true,"side":9007199254740993}""");
        var b = Read<Square>("""{"filled":false,"side":-1}""");

        Assert.Equal([3, -9, int.MaxValue], a.Parts!.Select(p => p.Sides.GetValueOrDefault()));
        Assert.Equal((true, 9007199254740993L), (a.Filled, a.Side));
        Assert.Equal((false, -1L), (b.Filled, b.Side));
    }

    [Fact]
    public void EachListItemIsOfTheClassItsOwnObjectTypeNamesWhateverTheItemBeforeIt()
    {
        var shape = Read<Shape>("""
            {"parts":[
              {"sides":3,"objectType":"KalturaSquare","side":1},
              {"side":2,"objectType":"KalturaSquare"},
              {"sides":4,"objectType":"KalturaShape"},
              {"sides":5},
              {"objectType":"KalturaSquare","side":6},
              {"objectType":"KalturaUnknown","sides":7},
              {"objectType":"KalturaSquare","side":8,"objectType":"KalturaShape","sides":9},
              {"side":10,"objectType":"KalturaSquare"},
              null
            ]}
            """);

        var parts = shape.Parts!;
        Assert.Equal(
            [typeof(Square), typeof(Square), typeof(Shape), typeof(Shape), typeof(Square), typeof(Shape), typeof(Shape), typeof(Square)],
            parts.Take(8).Select(p => p.GetType()));
        Assert.Equal("3", ((Square)parts[0]).SidesText);
        Assert.Equal([1L, 2L, 6L, 10L], parts.OfType<Square>().Select(p => p.Side.GetValueOrDefault()));
        Assert.Equal([4, 5, 7, 9], parts.Take(8).Where(p => p.GetType() == typeof(Shape)).Select(p => p.Sides.GetValueOrDefault()));
        Assert.Null(parts[8]);
    }

    public static TheoryData<string> WrongValues =>
    [
        "\"text\"", "\"\"", "1", "-1", "1.5", "1e400", "-1e400", "9223372036854775808", "true", "false", "null",
        "{}", "[]", "[1,\"a\",null,{}]", "{\"a\":[1,{\"b\":2}]}", "{\"objectType\":\"KalturaSquare\",\"side\":\"x\"}",
        "{\"0\":{\"sides\":1},\"1\":3}", "\"\\ud800\"", "\"12abc\"",
    ];

    [Theory]
    [MemberData(nameof(WrongValues))]
    public void AValueOfAnyShapeInAnyMemberIsReadLenientlyAndWhatWasReadWritesBack(string value)
    {
        foreach (var member in Square.Members.Members.Select(m => m.Name).Distinct())
        {
            var json = $$"""{"{{member}}":{{value}},"id":"after","objectType":"KalturaSquare"}""";

            var square = Read<Square>(json);

            Assert.Equal("after", member == "id" ? "after" : square.Id); // the reader is still in step after the value
            var written = Write(square, KalturaJsonWriteMode.Snapshot);
            Assert.Equal(written, Write(Read<Square>(written), KalturaJsonWriteMode.Snapshot));
        }
    }

    [Fact]
    public void NamesKeysAndObjectTypesThatAreNotValidTextAreSkippedNotThrown()
    {
        var square = Read<Square>("""
            {"\ud800side":1,"weights":{"\udc00":1.5,"ok":2},"parts":[{"objectType":"Kaltura\ud800"}],"id":"after","objectType":"KalturaSquare"}
            """);

        Assert.Equal("after", square.Id);
        Assert.Null(square.Side);
        Assert.Equal(["ok"], square.Weights!.Keys);
        Assert.IsType<Shape>(Assert.Single(square.Parts!));
    }

    [Fact]
    public void ListsAndMapsOfValuesReadLenientlyAndWriteBack()
    {
        var palette = Read<Palette>("""
            {"colors":[1,"2",7,null,"x"],"names":{"a":"one","b":2,"c":null},"sizes":["12345678901",3],"flags":[1,"false",true],"objectType":"KalturaPalette"}
            """);

        Assert.Equal([Color.Red, Color.Blue, (Color)7, default, default], palette.Colors!);
        Assert.Equal("one", palette.Names!["a"]);
        Assert.Equal("2", palette.Names["b"]);
        Assert.Null(palette.Names["c"]);
        Assert.Equal([12345678901L, 3L], palette.Sizes!);
        Assert.Equal([true, false, true], palette.Flags!);
        Assert.Equal(
            """{"objectType":"KalturaPalette","colors":[1,2,7,0,0],"names":{"a":"one","b":"2","c":null},"sizes":[12345678901,3],"flags":[true,false,true]}""",
            Write(palette, KalturaJsonWriteMode.Snapshot));
    }

    private static T Read<T>(string json)
        where T : KalturaObjectBase, new()
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return KalturaUtf8JsonReader.ReadObject<T>(ref reader, Shape.Create)!;
    }

    private static string Write(KalturaObjectBase value, KalturaJsonWriteMode mode)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            value.WriteTo(writer, mode);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
