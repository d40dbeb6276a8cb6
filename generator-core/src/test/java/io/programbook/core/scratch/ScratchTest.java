package io.programbook.core.scratch;

import io.programbook.core.diag.Diagnostic;
import io.programbook.core.testutil.Fixtures;
import io.programbook.core.testutil.ProgramBuilder;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScratchTest {
    @TempDir Path tmp;
    int n;

    void show(String title, UnaryOperator<ProgramBuilder> f) {
        Path base = tmp.resolve("c" + n++);
        System.out.println("#### " + title);
        try {
            List<Diagnostic> ds = f.apply(Fixtures.program(base)).loadErrors();
            ds.forEach(d -> System.out.println(d.render()));
        } catch (Throwable t) {
            System.out.println("!! " + t);
        }
    }

    @Test
    void scratch() throws Exception {
        show("alias", b -> b.programYaml("a: &a [x, x]\nb: [*a, *a]\n"));
        show("ownr", b -> b.statements("a.yaml", "statements:\n  - item: SP.01.01 BR\n    status: implemented\n    maturity: ML2\n    ownr: security-lead\n"));
        show("ev titel", b -> b.statements("a.yaml", "statements:\n  - item: SP.01.01 BR\n    status: implemented\n    maturity: ML2\n    owner: security-lead\n    evidence:\n      - file: x\n        titel: y\n"));
        show("extnds", b -> b.profileYaml("id: x\ncatalg: iec-62443-2-4@2023\n"));
        Path base = tmp.resolve("enc");
        ProgramBuilder b = Fixtures.program(base);
        b.write();
        Fixtures.write(b.programDir(), "statements/bad.yaml", new byte[] {'s', 't', 'a', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'});
        b.loadErrors().forEach(d -> System.out.println(d.render()));
        Path base2 = tmp.resolve("bom");
        ProgramBuilder b2 = Fixtures.program(base2);
        b2.write();
        byte[] body = "statements:\n  - item: SP.01.01 BR\n    status: done\n    maturity: ML2\n    owner: security-lead\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] all = new byte[body.length + 3];
        all[0] = (byte) 0xEF; all[1] = (byte) 0xBB; all[2] = (byte) 0xBF;
        System.arraycopy(body, 0, all, 3, body.length);
        Fixtures.write(b2.programDir(), "statements/bom.yaml", all);
        b2.loadErrors().forEach(d -> System.out.println(d.render()));
    }

    static String deep(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append("  ".repeat(i)).append("k").append(i).append(":\n");
        }
        sb.append("  ".repeat(n)).append("v: 1\n");
        return sb.toString();
    }
}
