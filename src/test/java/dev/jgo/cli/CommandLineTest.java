package dev.jgo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The jgo command's own behaviour: version, help, bad command lines, the commands not built yet. */
class CommandLineTest {

    @Test
    void versionPrintsOneLineInTheGoCommandsFormat() {
        Cli.Result r = Cli.run("version");
        assertEquals(0, r.status());
        assertTrue(r.out().matches("jgo version \\S+.* linux/amd64\\n"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void helpListsTheCommands() {
        Cli.Result r = Cli.run("help");
        assertEquals(0, r.status());
        String usage = r.out() + r.err();
        for (String command : new String[] {"build", "run", "tool", "version", "help"}) {
            assertTrue(usage.contains(command), "help does not mention " + command + ":\n" + usage);
        }
    }

    /** The first line is the go command's wording (go 1.19 says "go frob: unknown command"). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "frob | jgo frob: unknown command",
        "build -frob x.go | flag provided but not defined: -frob",
        "tool frob | jgo tool frob: unknown command",
        "tool check -frob x.go | flag provided but not defined: -frob"})
    void aBadCommandLineSaysWhatIsWrongInOneLineThenTheUsage(String line, String error) {
        Cli.Result r = Cli.run(line.split(" "));
        assertEquals(2, r.status(), r.err());
        assertEquals(error, r.err().lines().findFirst().orElse(""));
        assertTrue(r.err().lines().skip(1).findFirst().orElse("").startsWith("Usage:"), "no usage after the error:\n" + r.err());
        assertEquals("", r.out());
    }
}
